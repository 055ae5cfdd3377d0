// Share a parcel: its link (copy) and a QR code of the same link for phones. The QR library loads
// only when a parcel is opened.
import { useEffect, useState } from 'react';
import { useI18n } from '../../app/locale';

export function parcelUrl(code: string, origin: string = window.location.origin): string {
  return `${origin}/?parcel=${encodeURIComponent(code)}`;
}

export function ShareBox({ code }: { code: string }) {
  const { t } = useI18n();
  const url = parcelUrl(code);
  const [qr, setQr] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    let cancelled = false;
    setQr(null);
    import('qrcode')
      // qrcode is CommonJS: its functions sit on the default export.
      .then(({ default: QRCode }) => QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }))
      .then((svg) => {
        if (!cancelled) setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [url]);

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
