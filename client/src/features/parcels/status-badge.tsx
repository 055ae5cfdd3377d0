import { PARCEL_STATUSES, type ParcelStatus } from '../../../../server/src/domain/parcel-status';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { statusStyle } from '../../map/status-palette';

/** A status as a swatch (same colour and dash as the map) plus its name, never colour alone. */
export function StatusBadge({ status }: { status: ParcelStatus }) {
  const { locale } = useI18n();
  const item = PARCEL_STATUSES.find((s) => s.code === status);
  const { color, dashed } = statusStyle(status);
  return (
    <span className="status-badge">
      <span className={dashed ? 'swatch swatch-dashed' : 'swatch'} style={{ backgroundColor: color, borderColor: color }} aria-hidden="true" />
      {item ? labelOf(item, locale) : status}
    </span>
  );
}
