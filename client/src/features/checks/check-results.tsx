// The check report: the verdict, the areas measured, each indicator's result (results-table.tsx) and
// the warnings.
import type { CheckReport } from '../../../../server/src/checks';
import { useI18n } from '../../app/locale';
import { formatM2 } from '../../lib/format';
import { ResultsTable } from './results-table';

export function CheckResults({ report }: { report: CheckReport }) {
  const { t } = useI18n();
  const { areas } = report;
  return (
    <div className="check-results">
      <p className={`verdict verdict-${report.verdict}`} role="status" aria-live="polite" data-verdict={report.verdict}>
        {t(`verdict.${report.verdict}`)}
      </p>
      <p className="fine-print">
        {t('check.areas', {
          parcel: formatM2(areas.parcelM2),
          footprint: areas.buildingFootprintM2 === null ? '—' : formatM2(areas.buildingFootprintM2),
          floor: areas.totalFloorAreaM2 === null ? '—' : formatM2(areas.totalFloorAreaM2),
        })}
      </p>
      <ResultsTable rows={report.results} />
      {report.warnings.length > 0 && (
        <section aria-label={t('check.warnings')}>
          <h4>{t('check.warnings')}</h4>
          <ul className="warnings">
            {report.warnings.map((w, i) => (
              <li key={`${w.code}-${i}`}>
                {t(`warning.${w.code}`)}
                {w.features.length > 0 && <span className="muted"> ({w.features.join(', ')})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
