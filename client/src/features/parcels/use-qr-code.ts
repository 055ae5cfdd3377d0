// A QR code of a text (a parcel's link) as an SVG data URL, or null while it is being made. The QR
// library loads only when a QR code is first needed.
import { useEffect, useState } from 'react';

export function useQrCode(text: string): string | null {
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    setQr(null);
    import('qrcode')
      // qrcode is CommonJS: its functions sit on the default export.
      .then(({ default: QRCode }) => QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }))
      .then((svg) => {
        if (!cancelled) setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [text]);
  return qr;
}
