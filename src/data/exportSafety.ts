/**
 * Formula (CSV) injection defence for exported spreadsheets, following OWASP "CSV Injection":
 * text that a spreadsheet program would read as a formula gets a leading apostrophe, so a participant
 * who types "=HYPERLINK(...)" or "@SUM(...)" into a free-text answer cannot make a colleague's Excel run it.
 *
 * Decision for .xlsx: text cells are written with `t: 's'`, so Excel, LibreOffice and Google Sheets never
 * evaluate them on open. The stricter Excel way would be the cell style flag `quotePrefix`, which shows the
 * text unchanged, but SheetJS Community Edition cannot write it: its style writer emits only number formats
 * and drops `cell.s`. A `quotePrefix`-less `=SUM(A1)` text cell is still a trap — Excel re-evaluates it as
 * soon as somebody presses F2+Enter in it, "Save as CSV" writes it out bare, and copy-paste into another
 * sheet turns it into a live formula. So xlsx text is prefixed with `'` as well, the same as CSV: the
 * apostrophe is visible, but harmless and the convention auditors expect.
 *
 * Only strings are neutralised: a negative number is written as a number cell and is never a formula.
 */

/**
 * Characters that start a formula (or a DDE payload) when they open a cell: the OWASP list
 * (`=`, `+`, `-`, `@`, tab, carriage return) plus their full-width forms, because Excel with a Chinese or
 * Japanese input method treats `＝1+1` typed or pasted into a cell as a formula too.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/** The prefix Excel and LibreOffice use to mark "this is text, do not interpret it". */
export const TEXT_PREFIX = "'";

/** Spaces a reader may trim before it looks for a formula: LibreOffice's "trim spaces" on CSV, Excel on paste. */
const LEADING_SPACE = /^[\s\u00a0\u2000-\u200b\u3000\ufeff]+/;

/** True when a spreadsheet program could read the text as a formula, after any spaces it might trim. */
export function isFormulaLike(text: string): boolean {
  const first = text.charAt(0);
  if (first !== '' && FORMULA_TRIGGERS.has(first)) return true;
  const trimmed = text.replace(LEADING_SPACE, '');
  return trimmed !== text && trimmed !== '' && FORMULA_TRIGGERS.has(trimmed.charAt(0));
}

/** Returns the text unchanged, or with a leading apostrophe when it could be read as a formula. */
export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? TEXT_PREFIX + text : text;
}
