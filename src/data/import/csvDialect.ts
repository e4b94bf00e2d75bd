import type { Delimiter } from './types';
import { isOneOf } from '../oneOf';

/** How a CSV file is written: what separates cells and lines, and whether numbers use a decimal comma. */
export interface CsvDialect {
  delimiter: Delimiter;
  newline: '\r\n' | '\n' | '\r';
  /** Excel writes "sep=;" as the first line when asked to; it is an instruction, not data. */
  hasSepLine: boolean;
}

/** Ties go to the order Russian files use most: Excel writes ';', databases ',' or tab. */
const CANDIDATES: readonly Delimiter[] = [';', '\t', ',', '|'];
const SAMPLE_LINES = 30;

/** Lines of the sample, split on newlines outside quotes (a quoted cell may hold a line break). */
function sampleLines(text: string, maxLines: number): string[] {
  const lines: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < text.length && lines.length < maxLines; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      lines.push(text.slice(start, i));
      if (ch === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  // The last piece may be cut in the middle of a line by the sample's end, so it counts only if it is all there is.
  if (lines.length === 0) lines.push(text);
  return lines.filter((line) => line.trim() !== '');
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === delimiter) count++;
  }
  return count;
}

function detectNewline(text: string): CsvDialect['newline'] {
  const lf = text.indexOf('\n');
  const cr = text.indexOf('\r');
  if (cr >= 0 && (lf < 0 || cr < lf)) return text[cr + 1] === '\n' ? '\r\n' : '\r';
  return '\n';
}

const SEP_LINE = /^sep=(.)\s*$/i;

/**
 * The delimiter that splits the most sample lines into the same number of cells; titles above a table
 * (one cell, no delimiter) and decimal commas inside a ';' file vote for nothing consistent, so they lose.
 */
export function detectDialect(sample: string, override: Delimiter | 'auto' = 'auto'): CsvDialect {
  const newline = detectNewline(sample);
  const lines = sampleLines(sample, SAMPLE_LINES);
  const sepLine = SEP_LINE.exec(lines[0] ?? '');
  const declared = sepLine?.[1];
  const hasSepLine = sepLine !== null;
  if (override !== 'auto') return { delimiter: override, newline, hasSepLine };
  if (isOneOf(CANDIDATES, declared)) {
    return { delimiter: declared, newline, hasSepLine };
  }
  const dataLines = hasSepLine ? lines.slice(1) : lines;
  let best: { delimiter: Delimiter; agreeing: number; cells: number } = { delimiter: ';', agreeing: 0, cells: 0 };
  for (const delimiter of CANDIDATES) {
    const frequency = new Map<number, number>();
    for (const line of dataLines) {
      const count = countOutsideQuotes(line, delimiter);
      if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    }
    for (const [count, agreeing] of frequency) {
      if (agreeing > best.agreeing || (agreeing === best.agreeing && count > best.cells)) {
        best = { delimiter, agreeing, cells: count };
      }
    }
  }
  // A file with one column has no delimiter at all; ';' then splits nothing and reads it whole.
  return { delimiter: best.delimiter, newline, hasSepLine };
}

// "1 234,56", "-12,5", "0,75": a comma followed by other than exactly three digits, or with grouped thousands
// by spaces, can only be a decimal comma.
const DECIMAL_COMMA = /^[-−+]?(\d{1,3}([ \u00a0\u202f]\d{3})+|\d+),(\d{1,2}|\d{4,})$|^[-−+]?\d{1,3}([ \u00a0\u202f]\d{3})+,\d+$/;
// "1234.56", "1,234.56": a single dot followed by digits (dates such as 01.03.2024 have two dots).
const DECIMAL_DOT = /^[-−+]?(\d{1,3}(,\d{3})+|\d+)\.\d+$/;

/**
 * Decides once per file whether "1,234" means 1.234 or 1234, from how the sample's numbers are written;
 * with no evidence either way, ';' and tab files come from Russian Excel (decimal comma), ',' files do not.
 */
export function detectDecimalComma(cells: Iterable<string>, delimiter: Delimiter | null, fallback: boolean): boolean {
  let commaVotes = 0;
  let dotVotes = 0;
  for (const raw of cells) {
    const cell = raw.trim().replace(/\s*(%|₽|руб\.?|р\.)$/i, '');
    if (cell.length === 0 || cell.length > 24) continue;
    if (DECIMAL_COMMA.test(cell)) commaVotes++;
    else if (DECIMAL_DOT.test(cell)) dotVotes++;
  }
  if (commaVotes !== dotVotes) return commaVotes > dotVotes;
  if (delimiter === ';' || delimiter === '\t') return true;
  if (delimiter === ',' || delimiter === '|') return false;
  return fallback;
}
