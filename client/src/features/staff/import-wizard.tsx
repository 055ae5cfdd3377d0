// 导入: upload a parcel file, see what the server makes of it, commit the good parcels as drafts.
// The import's id is in the URL (?id=…), so a reload or a shared link shows the same preview.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../../app/locale';
import { ErrorState, Loading } from '../../components/query-state';
import { CommitResultPanel } from './commit-result';
import { ImportPreviewPanel } from './import-preview-panel';
import { type ImportOptions, type ImportPreview, uploadImport } from './staff-api';
import { STAFF_KEY, useCommitImport, useImport } from './staff-queries';
import { UploadForm } from './upload-form';
import { useUpload } from './use-upload';

const DEFAULT_OPTIONS: ImportOptions = { crs: null, encoding: null, repair: false };

function idOf(text: string | null): number | null {
  const n = Number(text);
  return text !== null && Number.isInteger(n) && n > 0 ? n : null;
}

export function ImportWizard() {
  const { t } = useI18n();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const id = idOf(params.get('id'));
  const [file, setFile] = useState<File | null>(null);
  const [options, setOptions] = useState<ImportOptions>(DEFAULT_OPTIONS);
  const upload = useUpload<ImportPreview>();
  const preview = useImport(id);
  const commit = useCommitImport();

  const send = async (next: ImportOptions) => {
    if (!file) return;
    setOptions(next);
    commit.reset();
    const result = await upload.start((o) => uploadImport(file, next, o));
    if (!result) return;
    client.setQueryData([...STAFF_KEY, 'import', result.id], result);
    setParams({ id: String(result.id) });
  };
  const startOver = () => {
    setFile(null);
    setOptions(DEFAULT_OPTIONS);
    upload.reset();
    commit.reset();
    setParams({});
  };
  const busy = upload.state.phase === 'sending' || upload.state.phase === 'processing';

  return (
    <section className="staff-section" aria-labelledby="import-heading">
      <header className="section-bar">
        <h2 id="import-heading">{t('staff.tab.import')}</h2>
        {id !== null && (
          <button type="button" className="button button-secondary" onClick={startOver}>
            {t('staff.upload.newFile')}
          </button>
        )}
      </header>
      <ol className="steps" aria-label={t('staff.steps.label')}>
        <li aria-current={id === null ? 'step' : undefined}>{t('staff.steps.upload')}</li>
        <li aria-current={id !== null && !commit.data ? 'step' : undefined}>{t('staff.steps.preview')}</li>
        <li aria-current={commit.data ? 'step' : undefined}>{t('staff.steps.commit')}</li>
      </ol>
      {id === null || busy || upload.state.phase === 'error' ? (
        <UploadForm file={file} onFile={setFile} options={options} onOptions={setOptions} upload={upload} onUpload={(next) => void send(next)} />
      ) : null}
      {id !== null && !busy && upload.state.phase !== 'error' && (
        <>
          {commit.data && <CommitResultPanel result={commit.data} onAnother={startOver} />}
          {preview.isPending ? (
            <Loading />
          ) : preview.isError ? (
            <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
          ) : (
            <ImportPreviewPanel
              preview={preview.data}
              repair={options.repair}
              canReupload={file !== null}
              busy={busy}
              onReupload={(next) => void send(next)}
              committing={commit.isPending}
              committedHere={commit.isSuccess}
              commitError={commit.error}
              onCommit={() => commit.mutate(preview.data.id)}
            />
          )}
        </>
      )}
    </section>
  );
}
