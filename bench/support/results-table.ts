/** One line of the printed table: a measurement beside its ceiling and the target. */
export interface BenchLine {
  measurement: string;
  result: string;
  ceiling: string;
  /** result ÷ ceiling in percent, or undefined when the line has no comparable ceiling. */
  ratioPercent?: number;
  target: string;
  /** undefined: no target for this line. */
  met?: boolean;
}

/** A number with thousands separators. */
export function fmt(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Milliseconds, two decimals below 10 ms. */
export function ms(value: number): string {
  return `${fmt(value, value < 10 ? 2 : 1)} ms`;
}

/** The lines as one markdown table, ready to paste into an issue note. */
export function renderTable(lines: readonly BenchLine[]): string {
  const header = ['measurement', 'result', 'ceiling (same run)', 'ratio', 'target', 'pass/miss'];
  const rows = lines.map((line) => [
    line.measurement,
    line.result,
    line.ceiling,
    line.ratioPercent === undefined ? '—' : `${fmt(line.ratioPercent, 1)} %`,
    line.target,
    line.met === undefined ? '—' : line.met ? 'pass' : '**miss**',
  ]);
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.map(escapeCell).join(' | ')} |`).join('\n');
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|');
}
