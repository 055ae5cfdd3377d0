// Signatures of a letter: the SM3 digest both parties signed, each SM2 signature, the button for the
// party whose turn it is (the enterprise signs, the authority countersigns), the QR code of the public
// verification page and the PDF. The signature is an integrity mark of this platform, not a legal
// electronic seal (GB/T 38540), and the panel says so next to the button.
import { useI18n } from '../../app/locale';
import { errorDetail } from '../../components/query-state';
import { ApiError } from '../../lib/api';
import { useQrCode } from '../parcels/use-qr-code';
import { formatDateTime } from '../staff/history-diff';
import { type CommitmentView, verifyUrl } from './commitment-api';
import type { LetterAction } from './commitment-permissions';
import type { useLetterActions } from './commitment-queries';

interface Props {
  letter: CommitmentView;
  actions: readonly LetterAction[];
  sign: ReturnType<typeof useLetterActions>['sign'];
  canDownloadPdf: boolean;
}

export function writeProblem(error: unknown, t: (id: 'commitment.error.stale' | 'common.networkError') => string): string {
  if (error instanceof ApiError && error.code === 'VERSION_MISMATCH') return t('commitment.error.stale');
  return errorDetail(error, t('common.networkError'));
}

export function SignaturePanel({ letter, actions, sign, canDownloadPdf }: Props) {
  const { t, locale } = useI18n();
  const url = verifyUrl(letter.id);
  const qr = useQrCode(url);
  const turn = actions.find((a) => a === 'sign' || a === 'countersign');
  return (
    <section className="letter-section signature-panel" aria-labelledby="signature-title" data-testid="signature-panel">
      <h3 id="signature-title">{t('commitment.signature')}</h3>
      {letter.signature ? (
        <>
          <p className="fine-print">
            {t('commitment.digest')} <code className="digest">{letter.signature.digestSm3Hex}</code>
          </p>
          <ul className="signature-list">
            {letter.signature.signatures.map((s) => (
              <li key={s.keyId} data-role={s.role}>
                <strong>✓ {t(s.role === 'enterprise' ? 'commitment.signedByEnterprise' : 'commitment.signedByAuthority')}</strong>
                <span className="fine-print">
                  {formatDateTime(s.signedAt, locale)} · {s.keyId} · {s.fingerprint}…
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="state state-empty">{t('commitment.unsigned')}</p>
      )}
      {turn && (
        <div className="sign-action">
          <button type="button" className="button" disabled={sign.isPending} onClick={() => sign.mutate(letter.version)} data-testid={`letter-${turn}`}>
            {sign.isPending ? t('commitment.signing') : t(turn === 'sign' ? 'commitment.sign' : 'commitment.countersign')}
          </button>
          {sign.isError && (
            <p className="state state-error" role="alert">
              {writeProblem(sign.error, t)}
            </p>
          )}
        </div>
      )}
      <p className="fine-print integrity-note">{t('commitment.integrityNote')}</p>
      <div className="verify-box">
        {qr && <img className="qr" src={qr} width={132} height={132} alt={t('commitment.qrAlt', { id: letter.id })} data-testid="letter-qr" />}
        <div>
          <a href={url} className="button button-secondary" data-testid="open-verify">
            {t('commitment.openVerify')}
          </a>
          <span className="fine-print">{t('commitment.qrCaption')}</span>
          {canDownloadPdf && (
            <a href={letter.links.letterPdf} className="button button-secondary" target="_blank" rel="noopener" data-testid="letter-pdf">
              {t('commitment.pdf')}
            </a>
          )}
        </div>
      </div>
    </section>
  );
}
