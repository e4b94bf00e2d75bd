/**
 * The ABC × XYZ matrix: per cell (A, B, C × X, Y, Z, and "too new" apart) the customers and their share of the
 * revenue. Revenue, whatever the ABC basis: what a cell "weighs" reads the same on either basis.
 */
import { ABC_CLASSES, abcThresholdProblem, type AbcClass } from '../../../src/customers/abc';
import { XYZ_GROUPS, xyzThresholdProblem, type XyzGroup } from '../../../src/customers/xyz';

/** METHODS.md's lines: what the figures use when the stored thresholds cannot class from the start. */
export const METHOD_LINES = { a: 80, b: 95, x: 10, y: 25 } as const;

/** Thresholds the classes can be computed with: the given ones when they can class, else METHODS.md's (same basis). */
export function usableLines<T extends { a: number; b: number; x: number; y: number }>(settings: T): T {
  return abcThresholdProblem(settings) === null && xyzThresholdProblem(settings) === null ? settings : { ...settings, ...METHOD_LINES };
}

export interface MatrixCell {
  abc: AbcClass;
  xyz: XyzGroup;
  customers: number;
  revenue: number;
  /** Of all the customers' net revenue; null when that total is not positive. */
  revenueShare: number | null;
}

// Casts in this file: reads at an index below the array's length, which noUncheckedIndexedAccess cannot see.

/** The cells row by row (A, B, C), each row X, Y, Z, new. */
export function abcXyzMatrix(abcClasses: Uint8Array, xyzClasses: Uint8Array, revenue: ArrayLike<number>): MatrixCell[] {
  const width = XYZ_GROUPS.length;
  const customers = new Int32Array(ABC_CLASSES.length * width);
  const sums = new Float64Array(ABC_CLASSES.length * width);
  let total = 0;
  for (let b = 0; b < abcClasses.length; b++) {
    const cell = (abcClasses[b] as number) * width + (xyzClasses[b] as number);
    customers[cell] = (customers[cell] as number) + 1;
    sums[cell] = (sums[cell] as number) + (revenue[b] as number);
    total += revenue[b] as number;
  }
  return ABC_CLASSES.flatMap((abc, row) =>
    XYZ_GROUPS.map((xyz, column) => {
      const cell = row * width + column;
      return { abc, xyz, customers: customers[cell] as number, revenue: sums[cell] as number, revenueShare: total > 0 ? (sums[cell] as number) / total : null };
    }),
  );
}

/** A cell's name as the matrix writes it: "AX", or "A · new" for the newcomers' column. */
export function cellName(abc: string, xyz: XyzGroup | null, newWord: string): string {
  if (xyz === null) return abc;
  return xyz === 'new' ? `${abc} · ${newWord}` : `${abc}${xyz}`;
}
