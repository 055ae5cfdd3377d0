// CRS, text encoding and repair: the three things an upload may tell the server instead of letting
// it detect them. Used before the first upload and to re-upload with the detection overridden.
import { useI18n } from '../../app/locale';
import { crsLabel, IMPORT_CRS, IMPORT_ENCODINGS } from './import-options';
import type { ImportOptions } from './staff-api';

export function ImportOptionsFields({ options, onChange, idPrefix }: { options: ImportOptions; onChange(options: ImportOptions): void; idPrefix: string }) {
  const { t, locale } = useI18n();
  return (
    <div className="field-row import-options">
      <label className="field">
        <span>{t('staff.upload.crs')}</span>
        <select
          id={`${idPrefix}-crs`}
          value={options.crs ?? ''}
          onChange={(e) => onChange({ ...options, crs: e.target.value === '' ? null : Number(e.target.value) })}
          data-testid={`${idPrefix}-crs`}
        >
          <option value="">{t('staff.upload.auto')}</option>
          {IMPORT_CRS.map((srid) => (
            <option key={srid} value={srid}>
              {crsLabel(srid, locale)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('staff.upload.encoding')}</span>
        <select id={`${idPrefix}-encoding`} value={options.encoding ?? ''} onChange={(e) => onChange({ ...options, encoding: e.target.value === '' ? null : e.target.value })}>
          <option value="">{t('staff.upload.auto')}</option>
          {IMPORT_ENCODINGS.map((encoding) => (
            <option key={encoding} value={encoding}>
              {encoding}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={options.repair} onChange={(e) => onChange({ ...options, repair: e.target.checked })} />
        <span>
          {t('staff.upload.repair')}
          <span className="fine-print">{t('staff.upload.repairHint')}</span>
        </span>
      </label>
    </div>
  );
}
