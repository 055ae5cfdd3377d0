// Step 1 of the import: the file, the optional overrides, the upload with its progress.
import { MAX_FILE_BYTES } from '../../../../server/src/imports/limits';
import { useI18n } from '../../app/locale';
import { FileDrop, formatBytes } from './file-drop';
import { IMPORT_ACCEPT } from './import-options';
import { ImportOptionsFields } from './import-options-fields';
import type { ImportOptions, ImportPreview } from './staff-api';
import { UploadProblem } from './upload-problem';
import { UploadProgress } from './upload-progress';
import type { Upload } from './use-upload';

interface Props {
  file: File | null;
  onFile(file: File): void;
  options: ImportOptions;
  onOptions(options: ImportOptions): void;
  upload: Upload<ImportPreview>;
  onUpload(options: ImportOptions): void;
}

export function UploadForm({ file, onFile, options, onOptions, upload, onUpload }: Props) {
  const { t } = useI18n();
  const busy = upload.state.phase === 'sending' || upload.state.phase === 'processing';
  const tooLarge = file !== null && file.size > MAX_FILE_BYTES;
  return (
    <form
      className="staff-card upload-form"
      aria-labelledby="upload-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (file && !tooLarge) onUpload(options);
      }}
    >
      <h3 id="upload-title">{t('staff.upload.title')}</h3>
      <FileDrop file={file} accept={IMPORT_ACCEPT} hint={t('staff.upload.formats', { max: formatBytes(MAX_FILE_BYTES) })} onFile={onFile} testId="import-file" />
      {tooLarge && (
        <p className="state state-error" role="alert">
          {t('staff.upload.tooLarge', { max: formatBytes(MAX_FILE_BYTES) })}
        </p>
      )}
      <ImportOptionsFields options={options} onChange={onOptions} idPrefix="upload" />
      <div className="form-actions">
        <button type="submit" className="button" disabled={!file || busy || tooLarge} data-testid="upload-submit">
          {t('staff.upload.submit')}
        </button>
      </div>
      <UploadProgress state={upload.state} onCancel={upload.cancel} />
      {upload.state.phase === 'error' && (
        <UploadProblem
          error={upload.state.error}
          onPickCrs={file ? (crs) => onUpload({ ...options, crs }) : undefined}
          onPickEncoding={file ? (encoding) => onUpload({ ...options, encoding }) : undefined}
        />
      )}
    </form>
  );
}
