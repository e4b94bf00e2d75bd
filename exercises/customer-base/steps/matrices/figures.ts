import type { Formatters } from '../../../../src/i18n/format';
import type { MatrixX, MatrixY } from '../../analysis/matricesAnalysis';
import type { MatrixKind } from '../../model/matrices';
import type { MatricesMessageKey } from '../../messages/matrices';

/** A matrix figure as the screen writes it: money for profit, revenue and potential, whole months, a size as typed. */
export function formatFigure(format: Formatters, figure: MatrixX | MatrixY, value: number): string {
  if (figure === 'duration') return format.number(value, 0);
  if (figure === 'size') return format.number(value, value % 1 === 0 ? 0 : 1);
  return format.money(value);
}

/** The matrix's title key: its figure of today (profit, or revenue when the sales have no cost) against its other figure. */
export function matrixTitleKey(kind: MatrixKind, x: MatrixX): MatricesMessageKey {
  if (kind === 'size') return 'matrix.size.revenue';
  return `matrix.${kind}.${x}`;
}
