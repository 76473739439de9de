const UNITS = ["bytes", "KB", "MB", "GB", "TB"];

/** "812 bytes", "4.2 MB", "1.1 GB": decimal units, as file managers show sizes. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0
    ? `${value} ${value === 1 ? "byte" : "bytes"}`
    : `${value.toFixed(1)} ${UNITS[unit]}`;
}
