// CSV (RFC 4180): every field quoted when it needs to be, CRLF line ends.

/** Returns value as one CSV field. */
export function csvField(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Returns one CSV line (with its CRLF) of values. */
export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
