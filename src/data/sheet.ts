/** One cell written to an exported workbook: numbers stay numbers, dates stay dates. */
export type CellValue = string | number | boolean | Date | null;

/** A named sheet of an export: the first row is usually the header. */
export interface SheetSpec {
  name: string;
  rows: CellValue[][];
  /** Column widths in characters, for a readable file without manual resizing. */
  columnWidths?: number[];
}
