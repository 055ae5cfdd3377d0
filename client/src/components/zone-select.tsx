// The development-zone picker shared by the investor search and the staff export: "all" or one zone.
import { useI18n } from '../app/locale';

export function ZoneSelect({ zones, value, onChange }: { zones: readonly { code: string; name: string }[]; value: string | null; onChange(code: string | null): void }) {
  const { t } = useI18n();
  return (
    <label className="field">
      <span>{t('search.zone')}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('common.all')}</option>
        {zones.map((z) => (
          <option key={z.code} value={z.code}>
            {z.name}
          </option>
        ))}
      </select>
    </label>
  );
}
