// Plain-text tables for terminals: CJK characters take two columns, so padding counts display width, not length.

/** Display width of a string in a monospace terminal (East Asian wide and full-width characters count 2). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Renders rows under a header; cells that look numeric are right-aligned. An optional title goes on top. */
export function renderTable(headers: string[], rows: string[][], title?: string): string {
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const numeric = (cell: string) => /^[-+]?[\d.,]+\s*(%|ms|s|MB|x)?$|^—$/u.test(cell.trim());
  const line = (cells: string[]) =>
    cells.map((c, i) => (numeric(c) ? padStart(c, widths[i]) : padEnd(c, widths[i]))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const out = [line(headers), rule, ...rows.map((r) => line(headers.map((_, i) => r[i] ?? '')))];
  return (title ? [title, ...out] : out).join('\n');
}

/** 0.8333 → "83.3%"; null → "—". */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? '—' : `${(value * 100).toFixed(1)}%`;
}

/** 12.345 → "12 ms"; null → "—". */
export function formatMs(value: number | null | undefined): string {
  return value === null || value === undefined || Number.isNaN(value) ? '—' : `${Math.round(value)} ms`;
}

/** 0.83333 → "0.833"; null → "—". */
export function formatNumber(value: number | null | undefined, digits = 3): string {
  return value === null || value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
}
