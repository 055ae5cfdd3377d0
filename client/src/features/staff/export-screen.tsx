// 导出: parcels as GeoJSON, zipped Shapefile, 报部 TXT or indicator CSV, narrowed by review state,
// zone and text, with the number of parcels the file will hold before it is downloaded.
import { useState } from 'react';
import { WORKFLOW_STATES, type WorkflowState } from '../../../../server/src/domain/workflow';
import { labelOf } from '../../app/i18n';
import { useI18n } from '../../app/locale';
import { ErrorState } from '../../components/query-state';
import { formatNumber } from '../../lib/format';
import { EXPORT_FORMATS, type ExportFilter, exportFilterParams, type ExportFormat, exportUrl } from './export-query';
import { useStaffParcels } from './staff-queries';
import { useZoneFeatures } from './use-zone-features';
import { ZoneSelect } from '../../components/zone-select';

export function ExportScreen() {
  const { t, locale } = useI18n();
  const zones = useZoneFeatures();
  const [format, setFormat] = useState<ExportFormat>('geojson');
  const [filter, setFilter] = useState<ExportFilter>({ workflow: ['published'], zone: null, q: '' });
  const count = useStaffParcels(new URLSearchParams({ ...Object.fromEntries(exportFilterParams(filter)), limit: '1' }), filter.workflow.length > 0);
  const toggle = (state: WorkflowState) =>
    setFilter({ ...filter, workflow: filter.workflow.includes(state) ? filter.workflow.filter((s) => s !== state) : [...filter.workflow, state] });
  const total = count.data?.total ?? null;
  return (
    <section className="staff-section" aria-labelledby="export-heading">
      <header className="section-bar">
        <h2 id="export-heading">{t('staff.tab.export')}</h2>
      </header>
      <div className="staff-card export-form">
        <fieldset className="chips">
          <legend>{t('staff.export.format')}</legend>
          {EXPORT_FORMATS.map((f) => (
            <label key={f} className="chip">
              <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} />
              <span>{t(`staff.export.format.${f}`)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset className="chips">
          <legend>{t('staff.export.workflow')}</legend>
          {WORKFLOW_STATES.map((s) => (
            <label key={s.code} className="chip">
              <input type="checkbox" checked={filter.workflow.includes(s.code)} onChange={() => toggle(s.code)} />
              <span>{labelOf(s, locale)}</span>
            </label>
          ))}
        </fieldset>
        <div className="field-row">
          <ZoneSelect zones={zones.zones} value={filter.zone} onChange={(zone) => setFilter({ ...filter, zone })} />
          <label className="field">
            <span>{t('search.q')}</span>
            <input value={filter.q} onChange={(e) => setFilter({ ...filter, q: e.target.value })} placeholder={t('search.qPlaceholder')} />
          </label>
        </div>
        <p aria-live="polite" data-testid="export-count">
          {filter.workflow.length === 0
            ? t('staff.export.pickState')
            : count.isPending
              ? t('common.loading')
              : count.isError
                ? null
                : t('staff.export.count', { n: formatNumber(total ?? 0, 0) })}
        </p>
        {count.isError && <ErrorState error={count.error} onRetry={() => void count.refetch()} />}
        {filter.workflow.length > 0 && total !== 0 ? (
          <a className="button" href={exportUrl(format, filter)} download data-testid="export-download">
            {t('staff.export.download')}
          </a>
        ) : (
          <span className="button" aria-disabled="true">
            {t('staff.export.download')}
          </span>
        )}
        <p className="fine-print">{t(`staff.export.note.${format}`)}</p>
      </div>
    </section>
  );
}
