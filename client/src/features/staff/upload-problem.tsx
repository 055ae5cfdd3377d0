// Why an upload was refused, in the reader's language (the readers' reason list, server/src/imports/
// reasons.ts), with the way out where there is one: pick the CRS when Gauss-Krüger coordinates lack
// a zone prefix (AMBIGUOUS_CRS), pick the text encoding when the attributes did not decode (ENCODING).
import { IMPORT_REASONS } from '../../../../server/src/imports/reasons';
import { useI18n } from '../../app/locale';
import { errorDetail } from '../../components/query-state';
import { ApiError } from '../../lib/api';
import { crsLabel, IMPORT_ENCODINGS } from './import-options';
import { messageIn } from './preview-summary';

interface Props {
  error: unknown;
  onPickCrs?(srid: number): void;
  onPickEncoding?(encoding: string): void;
}

export function UploadProblem({ error, onPickCrs, onPickEncoding }: Props) {
  const { t, locale } = useI18n();
  const code = error instanceof ApiError ? error.code : null;
  const reason = code && code in IMPORT_REASONS ? IMPORT_REASONS[code as keyof typeof IMPORT_REASONS] : null;
  const detail = error instanceof ApiError && error.code !== 'NETWORK_ERROR' ? messageIn(error.detail, locale) : errorDetail(error, t('common.networkError'));
  const candidates = error instanceof ApiError && Array.isArray(error.extra.candidates) ? (error.extra.candidates as number[]) : [];
  return (
    <div className="state state-error upload-problem" role="alert" data-testid="upload-problem" data-code={code ?? undefined}>
      <p>
        <strong>{reason ? (locale === 'zh' ? reason.zh : reason.en) : t('staff.upload.failed')}</strong>
        {code && <span className="code-tag">{code}</span>}
      </p>
      {detail !== (reason && (locale === 'zh' ? reason.zh : reason.en)) && <p className="fine-print">{detail}</p>}
      {code === 'AMBIGUOUS_CRS' && onPickCrs && (
        <div className="choice-row">
          <span>{t('staff.upload.pickCrs')}</span>
          {(candidates.length > 0 ? candidates : [4546, 4547]).map((srid) => (
            <button key={srid} type="button" className="button button-secondary button-small" onClick={() => onPickCrs(srid)} data-testid={`pick-crs-${srid}`}>
              {crsLabel(srid, locale)}
            </button>
          ))}
        </div>
      )}
      {code === 'ENCODING' && onPickEncoding && (
        <div className="choice-row">
          <span>{t('staff.upload.pickEncoding')}</span>
          {IMPORT_ENCODINGS.map((encoding) => (
            <button key={encoding} type="button" className="button button-secondary button-small" onClick={() => onPickEncoding(encoding)}>
              {encoding}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
