/** The few Markdown shapes the report is made of; run.ts formats the whole with Prettier at the end. */

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
/** Binary kilobytes, the unit of DESIGN.md's eager budget. */
export const KiB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const MB = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;
export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;

/** Columns whose header ends with ':' are right-aligned (numbers). */
export function table(headers: string[], rows: (string | number)[][]): string[] {
  const cells = (row: (string | number)[]) =>
    `| ${row.map((cell) => String(cell).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [
    cells(headers.map((header) => header.replace(/:$/, ''))),
    `|${headers.map((header) => (header.endsWith(':') ? '---:' : '---')).join('|')}|`,
    ...rows.map(cells),
  ];
}

export interface Section {
  title: string;
  /** One line: how the figures were measured. */
  method: string;
  lines: string[];
}

export function renderSection(section: Section): string[] {
  return [`## ${section.title}`, '', `_${section.method}_`, '', ...section.lines, ''];
}

/** What DESIGN.md §6 promises, next to what this run measured. */
export interface BudgetRow {
  /** The row of DESIGN.md §6 it belongs to (1–5), which orders the summary. */
  row: number;
  what: string;
  budget: string;
  measured: string;
  within: boolean | undefined;
}

export function verdict(within: boolean | undefined): string {
  if (within === undefined) return 'not measured';
  return within ? 'within' : '**over**';
}

/** What each measuring module hands to run.ts. */
export interface BenchPart {
  sections: Section[];
  budgets: BudgetRow[];
}
