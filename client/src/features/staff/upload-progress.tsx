// Progress of an upload: a bar while the bytes go out, then "checking" while the server works.
import { useI18n } from '../../app/locale';
import { formatNumber } from '../../lib/format';
import type { UploadState } from './use-upload';

export function UploadProgress({ state, onCancel }: { state: UploadState<unknown>; onCancel(): void }) {
  const { t } = useI18n();
  if (state.phase !== 'sending' && state.phase !== 'processing') return null;
  const percent = state.phase === 'sending' ? Math.round(state.fraction * 100) : null;
  return (
    <div className="upload-progress" role="status" aria-live="polite" data-testid="upload-progress" data-phase={state.phase}>
      <label>
        <span>{percent !== null ? t('staff.upload.sending', { percent: formatNumber(percent, 0) }) : t('staff.upload.processing')}</span>
        {/* Without a value the bar is indeterminate: the server gives no progress while it validates. */}
        {percent !== null ? <progress max={100} value={percent} /> : <progress />}
      </label>
      <button type="button" className="button button-secondary button-small" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
