// Number formats of the table.

export const fmt = (x, digits = 0) =>
  x === null || x === undefined
    ? '–'
    : x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
export const fmtRatio = (x) => (x === null ? '–' : `${x.toFixed(2)}×`);
export const kB = (bytes) =>
  bytes === null || bytes === undefined ? '–' : `${(bytes / 1000).toFixed(1)} kB`;
