// Map legend: each status with its colour; pressing one filters the map and list to it.
import { PARCEL_STATUSES, type ParcelStatus } from '../../../../server/src/domain/parcel-status';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { statusStyle } from '../../map/status-palette';

export function Legend({ statuses, filtered, onToggle }: { statuses: readonly ParcelStatus[]; filtered: boolean; onToggle(status: ParcelStatus): void }) {
  const { t, locale } = useI18n();
  return (
    <details className="legend" open>
      <summary>{t('map.legend')}</summary>
      <p className="legend-hint">{t('map.legendHint')}</p>
      <ul>
        {PARCEL_STATUSES.map((status) => {
          const { color, dashed } = statusStyle(status.code);
          const pressed = statuses.includes(status.code);
          return (
            <li key={status.code}>
              <button type="button" className="legend-item" aria-pressed={pressed} onClick={() => onToggle(status.code)}>
                <span className={dashed ? 'swatch swatch-dashed' : 'swatch'} style={{ backgroundColor: color, borderColor: color }} aria-hidden="true" />
                {labelOf(status, locale)}
              </button>
            </li>
          );
        })}
        <li className="legend-static">
          <span className="swatch swatch-zone" aria-hidden="true" />
          {t('map.zones')}
        </li>
        {filtered && (
          <li className="legend-static">
            <span className="swatch swatch-dimmed" aria-hidden="true" />
            {t('map.dimmed')}
          </li>
        )}
      </ul>
    </details>
  );
}
