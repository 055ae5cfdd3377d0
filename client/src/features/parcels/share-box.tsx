// Share a parcel: its link (copy) and a QR code of the same link for phones.
import { useState } from 'react';
import { useI18n } from '../../app/locale';
import { useQrCode } from './use-qr-code';

export function parcelUrl(code: string, origin: string = window.location.origin): string {
  return `${origin}/?parcel=${encodeURIComponent(code)}`;
}

export function ShareBox({ code }: { code: string }) {
  const { t } = useI18n();
  const url = parcelUrl(code);
  const qr = useQrCode(url);
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // No clipboard permission: the field is selectable by hand.
    }
  };

  return (
    <div className="share-box">
      <label className="field">
        <span>{t('detail.shareLink')}</span>
        <input type="url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} data-testid="share-url" />
      </label>
      <button type="button" className="button button-secondary" onClick={() => void copy()}>
        {copied ? t('detail.copied') : t('detail.copy')}
      </button>
      {qr && <img className="qr" src={qr} width={132} height={132} alt={t('detail.qr', { code })} />}
    </div>
  );
}
