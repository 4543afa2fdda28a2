/**
 * What a benchmark section hands back, and how the figures are shown: one table on the console
 * and the same figures as JSON. A figure with a goal says whether the goal was met; a figure that
 * could not be measured keeps its row, with the reason as a note.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';

export interface Goal {
  op: '<=' | '>=';
  target: number;
}

export interface Figure {
  section: string;
  name: string;
  /** Null when it could not be measured; `note` says why. */
  value: number | null;
  unit: string;
  /** e.g. `≤ 1.5`; absent for figures that are only reported. */
  goal?: string;
  /** Absent without a goal; false when the value is missing. */
  met?: boolean;
  note?: string;
}

export interface SectionResult {
  figures: Figure[];
  /** Raw samples and settings behind the figures, for the JSON only. */
  details?: unknown;
}

/** A figure, with `met` worked out from the goal. */
export function figure(
  section: string,
  name: string,
  value: number | null,
  unit: string,
  options: { goal?: Goal; note?: string } = {},
): Figure {
  const out: Figure = { section, name, value: value !== null && Number.isFinite(value) ? value : null, unit };
  if (options.goal) {
    const { op, target } = options.goal;
    out.goal = `${op === '<=' ? '≤' : '≥'} ${formatNumber(target)}${unit ? ` ${unit}` : ''}`;
    out.met = out.value !== null && (op === '<=' ? out.value <= target : out.value >= target);
  }
  if (options.note) out.note = options.note;
  return out;
}

/** A section that failed as a whole: one row saying so, instead of a crashed benchmark. */
export function failedSection(section: string, error: unknown): SectionResult {
  const message = error instanceof Error ? error.message : String(error);
  return {
    figures: [
      figure(section, 'section failed', null, '', { note: message.split('\n').slice(0, 4).join(' ') }),
    ],
  };
}

export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-GB');
  const abs = Math.abs(value);
  if (abs >= 100) return value.toLocaleString('en-GB', { maximumFractionDigits: 0 });
  if (abs >= 1) return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  return value.toPrecision(3);
}

function cell(figure: Figure): string {
  if (figure.value === null) return 'n/a';
  return `${formatNumber(figure.value)}${figure.unit ? ` ${figure.unit}` : ''}`;
}

/** The table as text: one row per figure, then the notes, numbered. */
export function renderTable(figures: readonly Figure[]): string {
  const notes: string[] = [];
  const rows = figures.map((f) => {
    let name = f.name;
    if (f.note) {
      notes.push(f.note);
      name += ` [${notes.length}]`;
    }
    return [f.section, name, cell(f), f.goal ?? '', f.met === undefined ? '' : f.met ? 'met' : 'NOT MET'];
  });
  const header = ['section', 'figure', 'value', 'goal', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] as string).length)));
  const line = (row: string[]) =>
    row
      .map((text, i) => (i === 2 ? text.padStart(widths[i] as number) : text.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  const out = [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
  if (notes.length > 0) out.push('', ...notes.map((note, i) => `[${i + 1}] ${note}`));
  return out.join('\n');
}

export interface Machine {
  cores: number;
  memoryGiB: number;
  cpu: string;
  platform: string;
  node: string;
}

export function machine(): Machine {
  return {
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    cpu: cpus()[0]?.model ?? 'unknown',
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
  };
}

/** Writes the results file (the folder is created when missing). */
export function writeJson(path: string, results: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
