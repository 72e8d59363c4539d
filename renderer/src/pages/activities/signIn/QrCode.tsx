import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** The address as a QR code (SVG, drawn here: no network, no canvas), for the phones' cameras. */
export function QrCode({ text, size = 240 }: { text: string; size?: number }) {
  const [svg, setSvg] = useState<string>();
  useEffect(() => {
    let live = true;
    void QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then((s) => live && setSvg(s));
    return () => {
      live = false;
    };
  }, [text]);
  if (!svg) return <div style={{ width: size, height: size }} />;
  return (
    <img
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      width={size}
      height={size}
      alt={`签到二维码：${text}`}
      style={{ imageRendering: 'pixelated', border: '1px solid #f0f0f0' }}
    />
  );
}
