import { encode } from 'uqr';
import './qr-code.css';

interface Props {
  text: string;
  /** Accessible name, e.g. "QR code: source title". */
  label: string;
  size?: number;
}

/** A QR code drawn as one SVG path (no innerHTML, crisp at any size). */
export default function QrCode({ text, label, size = 160 }: Props) {
  const { data, size: n } = encode(text, { ecc: 'M', border: 2 });
  let d = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg
      className="qr"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${n} ${n}`}
      shapeRendering="crispEdges"
    >
      <rect width={n} height={n} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
