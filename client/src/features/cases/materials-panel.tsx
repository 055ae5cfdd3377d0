// The materials an item needs, each held (by data sharing, the parcel records, the signed letter or
// the applicant's own upload) or still missing; what the item was submitted with; upload and preview
// for the applicant and hall staff (guide: never ask for what the government already holds).
import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../app/locale';
import { errorDetail } from '../../components/query-state';
import { caseApi, materialContentUrl } from './case-api';
import type { CaseView, ItemView, MaterialView } from './case-api-types';
import { isApplicant, isCaseStaff } from './case-page-model';
import { CASES_KEY, useViewer } from './case-queries';

export function MaterialsPanel({ view, item }: { view: CaseView; item: ItemView }) {
  const { t, locale } = useI18n();
  const { viewer } = useViewer();
  const mayUpload = isApplicant(viewer, view) || isCaseStaff(viewer);
  return (
    <ul className="case-material-list" data-testid={`materials-${item.itemCode}`}>
      {item.materials.map((m) => (
        <li key={m.type} data-material={m.type} data-held={m.heldBy ?? 'missing'}>
          <span className="case-material-name">
            {m.heldBy ? '✓ ' : '○ '}
            {locale === 'zh' ? m.nameZh : m.nameEn}
            {m.key && <span className="tag">{t('case.materials.key')}</span>}
          </span>
          <span className={m.heldBy ? 'cell-sub' : 'cell-sub case-missing'}>
            {m.heldBy === null
              ? t('case.materials.missing')
              : m.heldBy === 'upload' && m.upload
                ? t('case.materials.version', { version: m.upload.version })
                : t(`case.source.${m.heldBy}`)}
            {usedDiffers(m) && m.used && ` · ${t('case.materials.used', { source: m.used.source === 'upload' && m.used.version ? t('case.materials.version', { version: m.used.version }) : t(`case.source.${m.used.source}`) })}`}
          </span>
          {m.upload && (
            <a href={materialContentUrl(m.upload.id, true)} target="_blank" rel="noreferrer" className="link-button">
              {t('case.materials.preview')}
            </a>
          )}
          {mayUpload && (m.heldBy === null || m.heldBy === 'upload') && <UploadButton view={view} material={m} />}
        </li>
      ))}
    </ul>
  );
}

/** What the item was submitted with, when that is not what is held now (a newer version, a paper copy). */
function usedDiffers(m: MaterialView): boolean {
  if (!m.used) return false;
  return m.used.source !== m.heldBy || (m.used.source === 'upload' && m.used.version !== m.upload?.version);
}

function UploadButton({ view, material }: { view: CaseView; material: MaterialView }) {
  const { t } = useI18n();
  const { csrf, viewer } = useViewer();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'busy'; pct: number } | { kind: 'done'; version: number } | { kind: 'error'; error: unknown }>({ kind: 'idle' });
  const upload = async (file: File) => {
    setState({ kind: 'busy', pct: 0 });
    try {
      const res = await caseApi.upload(material.type, file, viewer?.role === 'enterprise' ? null : view.enterprise.uscc, {
        csrfToken: csrf,
        onProgress: (f) => setState({ kind: 'busy', pct: f }),
      });
      setState({ kind: 'done', version: res.version.version });
      void client.invalidateQueries({ queryKey: [...CASES_KEY, 'case', view.code] });
    } catch (error) {
      setState({ kind: 'error', error });
    }
  };
  return (
    <span className="case-upload">
      <input
        ref={input}
        type="file"
        accept="application/pdf,image/png,image/jpeg"
        className="visually-hidden"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void upload(file);
          e.target.value = '';
        }}
        aria-label={`${t('case.materials.upload')} ${material.nameZh}`}
      />
      <button type="button" className="link-button" onClick={() => input.current?.click()} disabled={state.kind === 'busy'} title={t('case.materials.uploadHint')}>
        {material.heldBy ? t('case.materials.uploadNew') : t('case.materials.upload')}
      </button>
      {state.kind === 'busy' && <span role="status">{t('case.materials.uploading', { pct: `${Math.round(state.pct * 100)}%` })}</span>}
      {state.kind === 'done' && <span role="status">{t('case.materials.uploaded', { version: state.version })}</span>}
      {state.kind === 'error' && (
        <span className="case-missing" role="alert">
          {errorDetail(state.error, t('common.networkError'))}
        </span>
      )}
    </span>
  );
}
