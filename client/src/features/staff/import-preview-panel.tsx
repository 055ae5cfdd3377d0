// Step 2 of the import: what the server detected, what it would do with each feature (table and
// map side by side), and the commit that writes the creatable and updatable ones as drafts.
import { useMemo, useState } from 'react';
import { useI18n } from '../../app/locale';
import { formatM2, formatMu, formatNumber, m2ToMu } from '../../lib/format';
import type { PreviewShape } from '../../map/import-preview-layer';
import { ApiError } from '../../lib/api';
import { errorDetail } from '../../components/query-state';
import { ActionChip } from './action-chip';
import { DetectedSourcePanel } from './detected-source';
import { IssueList } from './issue-list';
import { canCommit, filterPreview, PREVIEW_FILTERS, type PreviewFilter, previewBbox, tallyPreview } from './preview-summary';
import { PreviewTable } from './preview-table';
import type { ImportOptions, ImportPreview, PreviewIssue } from './staff-api';
import { StaffMapView } from './staff-map-view';
import { useZoneFeatures } from './use-zone-features';

interface Props {
  preview: ImportPreview;
  repair: boolean;
  canReupload: boolean;
  busy: boolean;
  onReupload(options: ImportOptions): void;
  committing: boolean;
  /** The commit of this preview succeeded (before the import's own state has been read again). */
  committedHere: boolean;
  commitError: unknown;
  onCommit(): void;
}

/** A 409 IMPORT_STALE names the features the catalog no longer accepts. */
function StaleFeatures({ error }: { error: ApiError }) {
  const { t } = useI18n();
  const features = Array.isArray(error.extra.features) ? (error.extra.features as { index: number; code: string | null; issues: PreviewIssue[] }[]) : [];
  return (
    <ul className="stale-list">
      {features.map((f) => (
        <li key={f.index}>
          <strong>
            #{f.index} {f.code ?? t('common.none')}
          </strong>
          <IssueList issues={f.issues} />
        </li>
      ))}
    </ul>
  );
}

export function ImportPreviewPanel({ preview, repair, canReupload, busy, onReupload, committing, committedHere, commitError, onCommit }: Props) {
  const { t, locale } = useI18n();
  const zones = useZoneFeatures();
  const [filter, setFilter] = useState<PreviewFilter>('all');
  const [selected, setSelected] = useState<number | null>(null);
  const tally = useMemo(() => tallyPreview(preview.features), [preview.features]);
  const shown = useMemo(() => filterPreview(preview.features, filter), [preview.features, filter]);
  const shapes = useMemo<PreviewShape[]>(
    () => preview.features.flatMap((f) => (f.geometry ? [{ index: f.index, action: f.action, geometry: f.geometry }] : [])),
    [preview.features],
  );
  const allBbox = useMemo(() => previewBbox(preview.features), [preview.features]);
  const fitTo = useMemo(() => {
    const feature = preview.features.find((f) => f.index === selected);
    return feature ? previewBbox([feature]) : allBbox;
  }, [selected, preview.features, allBbox]);
  const committed = committedHere || (preview.state !== undefined && preview.state !== 'previewed');
  const counts: Record<PreviewFilter, number> = { all: tally.total, create: tally.create, update: tally.update, skip: tally.skip, issues: tally.withErrors + tally.withWarnings };

  return (
    <div className="import-preview">
      <div className="preview-head">
        <DetectedSourcePanel detected={preview.detected} repair={repair} canReupload={canReupload} busy={busy} onReupload={onReupload} key={preview.id} />
        <section className="staff-card" aria-labelledby="summary-title">
          <h3 id="summary-title">{t('staff.preview.summaryTitle', { file: preview.fileName })}</h3>
          <p className="summary-chips" data-testid="preview-summary" data-create={tally.create} data-update={tally.update} data-skip={tally.skip}>
            <ActionChip action="create" /> {formatNumber(tally.create, 0)} <ActionChip action="update" /> {formatNumber(tally.update, 0)} <ActionChip action="skip" />{' '}
            {formatNumber(tally.skip, 0)}
          </p>
          <p className="fine-print">
            {t('staff.preview.tally', { total: tally.total, errors: tally.withErrors, warnings: tally.withWarnings })}
            {' · '}
            {t('staff.preview.writableArea', { mu: formatMu(m2ToMu(tally.writableAreaM2), locale), m2: formatM2(tally.writableAreaM2) })}
          </p>
          {preview.issues.length > 0 && (
            <div className="file-issues">
              <h4>{t('staff.preview.fileIssues')}</h4>
              <IssueList issues={preview.issues} />
            </div>
          )}
          <div className="commit-bar">
            <button type="button" className="button" disabled={!canCommit(tally) || committed || committing} onClick={onCommit} data-testid="commit-import">
              {committing ? t('staff.commit.running') : t('staff.commit.button', { n: tally.create + tally.update })}
            </button>
            {!canCommit(tally) && <span className="fine-print">{t('staff.commit.nothing')}</span>}
            {committed && <span className="fine-print">{t('staff.commit.already')}</span>}
          </div>
          {commitError !== null && commitError !== undefined && (
            <div className="state state-error" role="alert">
              <p>{commitError instanceof ApiError && commitError.code === 'IMPORT_STALE' ? t('staff.commit.stale') : errorDetail(commitError, t('common.networkError'))}</p>
              {commitError instanceof ApiError && commitError.code === 'IMPORT_STALE' && <StaleFeatures error={commitError} />}
            </div>
          )}
        </section>
      </div>

      <fieldset className="chips preview-filter">
        <legend>{t('staff.preview.filter')}</legend>
        {PREVIEW_FILTERS.map((f) => (
          <label key={f} className="chip">
            <input type="radio" name="preview-filter" value={f} checked={filter === f} onChange={() => setFilter(f)} />
            <span>
              {t(`staff.preview.filter.${f}`)} ({formatNumber(counts[f], 0)})
            </span>
          </label>
        ))}
      </fieldset>

      <div className="preview-grid">
        <div className="preview-list">
          <PreviewTable features={shown} selected={selected} onSelect={setSelected} />
        </div>
        <div className="preview-map staff-map-box">
          <StaffMapView label={t('staff.preview.map')} zones={zones.collection} fitTo={fitTo} preview={shapes} previewSelected={selected} onSelectPreview={(i) => i !== null && setSelected(i)} />
        </div>
      </div>
    </div>
  );
}
