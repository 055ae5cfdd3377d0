// 编辑: a draft, rejected or withdrawn parcel's attributes, indicators and outline, saved with
// If-Match (the ETag it was loaded with) so nobody's edit is silently overwritten.
import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../../app/locale';
import { AttributesForm } from './attributes-form';
import { buildPatch, draftFromParcel, type EditorDraft } from './editor-model';
import { GeometryEditor } from './geometry-editor';
import { IndicatorsForm } from './indicators-form';
import { SaveProblem } from './save-problem';
import type { StaffParcelDetail } from './staff-api';
import { useSaveParcel } from './staff-queries';

interface Props {
  parcel: StaffParcelDetail;
  etag: string;
  onDirtyChange(dirty: boolean): void;
  onSaved(version: number): void;
  onReload(): void;
}

export function ParcelEditor({ parcel, etag, onDirtyChange, onSaved, onReload }: Props) {
  const { t } = useI18n();
  const original = useMemo<EditorDraft>(() => draftFromParcel(parcel), [parcel]);
  const [draft, setDraft] = useState<EditorDraft>(original);
  const save = useSaveParcel(parcel.code);
  const outcome = useMemo(() => buildPatch(draft, original), [draft, original]);

  useEffect(() => onDirtyChange(outcome.dirty), [outcome.dirty, onDirtyChange]);
  // Leaving with unsaved edits asks first (a reload, a closed tab).
  useEffect(() => {
    if (!outcome.dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [outcome.dirty]);

  const busy = save.isPending;
  return (
    <div className="parcel-editor">
      <div className="editor-grid">
        <div className="editor-form">
          <AttributesForm value={draft.attributes} problems={outcome.attributeProblems} disabled={busy} onChange={(attributes) => setDraft({ ...draft, attributes })} />
          <IndicatorsForm
            landUseCode={draft.attributes.landUseCode}
            value={draft.indicators}
            checks={outcome.indicatorChecks}
            disabled={busy}
            onChange={(indicators) => setDraft({ ...draft, indicators })}
          />
        </div>
        <div className="editor-side">
          <GeometryEditor parcel={parcel} geometry={draft.geometry} editable={!busy} onChange={(geometry) => setDraft((d) => ({ ...d, geometry }))} />
        </div>
      </div>
      <div className="save-bar" role="region" aria-label={t('staff.save.region')}>
        <p className="save-status" aria-live="polite" data-testid="save-status" data-dirty={outcome.dirty}>
          {busy ? t('staff.save.saving') : outcome.dirty ? (outcome.valid ? t('staff.save.unsaved') : t('staff.save.invalid')) : t('staff.save.clean')}
        </p>
        <button type="button" className="button button-secondary" disabled={!outcome.dirty || busy} onClick={() => setDraft(original)}>
          {t('staff.save.discard')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!outcome.dirty || !outcome.valid || busy}
          onClick={() => save.mutate({ patch: outcome.patch, etag }, { onSuccess: (result) => onSaved(result.data.version) })}
          data-testid="save-parcel"
        >
          {t('common.save')}
        </button>
      </div>
      {save.isError && <SaveProblem error={save.error} onReload={onReload} />}
    </div>
  );
}
