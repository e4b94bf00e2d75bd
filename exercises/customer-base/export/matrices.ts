/**
 * Step 5's sheets: the lines of the three matrices (typed or the median), each matrix's groups with their figures and
 * policy, and every customer's group in each matrix. `data` is the step's analysis result (for the lines and the
 * groups) and the full per-customer table from `matricesCustomerTable` (analysis/matricesAnalysis.ts), which the
 * page never receives; `loadMatricesExportData` runs both.
 */
import { decimalCell, moneyCell, percentCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import type { AnalysisContext } from '../../../src/workbook/analysis/context';
import type { ExportContext } from '../../../src/workbook/contract';
import type { BaseRequest } from '../../../src/customers/read';
import { analyseMatrices, matricesCustomerTable, type MatricesResult, type MatrixCustomerPlaces, type MatrixX, type MatrixY } from '../analysis/matricesAnalysis';
import { CELLS, MATRIX_KINDS, walletShare, type MatrixKind } from '../model/matrices';
import { matricesMessages } from '../messages/matrices';
import { matricesPolicyMessages } from '../messages/matricesPolicy';
import type { CustomerBaseState } from '../state';
import { matrixTitleKey } from '../steps/matrices/figures';

export interface MatricesExportData {
  /** null: no sales to read (no file and no demo). */
  result: MatricesResult | null;
  /** Every customer who bought in the window, with their group in each matrix. */
  customers: MatrixCustomerPlaces[];
}

/** The step's analysis and the full customer table for the export; `request` is the sales and period the steps read. */
export async function loadMatricesExportData(state: CustomerBaseState, request: BaseRequest | null, analysis: AnalysisContext): Promise<MatricesExportData> {
  if (request === null) return { result: null, customers: [] };
  const full = { ...request, lines: state.matrices };
  const result = await analyseMatrices({ ...full, list: null }, analysis);
  return { result, customers: result.kind === 'ready' ? await matricesCustomerTable(full, analysis) : [] };
}

/** A matrix figure in a cell: money for profit, revenue and potential; one decimal for months and size. */
function figureCell(figure: MatrixX | MatrixY, value: number): CellValue {
  return figure === 'duration' || figure === 'size' ? decimalCell(value, 1) : moneyCell(value);
}

export function matricesSheets(state: CustomerBaseState, data: MatricesExportData, { locale }: ExportContext): SheetSpec[] {
  const t = translator(matricesMessages, locale);
  const p = translator(matricesPolicyMessages, locale);
  const result = data.result?.kind === 'ready' ? data.result : null;
  if (result === null) return [{ name: t('export.sheetLines'), rows: [[t('export.none')]], columnWidths: [60] }];
  const title = (kind: MatrixKind) => {
    const view = result.matrices[kind];
    return t(matrixTitleKey(kind, view.kind === 'ready' ? view.x : result.basis));
  };

  const lines: CellValue[][] = [[t('export.matrix'), t('export.figure'), t('export.line'), t('export.median'), t('export.typed')]];
  const groups: CellValue[][] = [[t('export.matrix'), t('export.cell'), t('export.customers'), t('export.revenue'), t('export.profit'), t('export.wallet'), t('export.policy')]];
  for (const kind of MATRIX_KINDS) {
    const view = result.matrices[kind];
    if (view.kind !== 'ready') {
      const why = t(`matrix.${view.kind}`, { column: t(`short.${view.column}`) });
      lines.push([title(kind), t('export.notDrawn'), why]);
      groups.push([title(kind), t('export.notDrawn'), why]);
      continue;
    }
    for (const axis of ['x', 'y'] as const) {
      const figure = view[axis];
      lines.push([title(kind), t(`figure.${figure}`), figureCell(figure, view.thresholds[axis]), figureCell(figure, view.medians[axis]), state.matrices[figure] === null ? t('export.no') : t('export.yes')]);
    }
    for (const cell of CELLS) {
      const figures = view.figures[cell];
      const wallet = kind === 'potential' ? walletShare(figures.annualRevenue, figures.other) : null;
      groups.push([title(kind), p(`cell.${kind}.${cell}.name`), figures.customers, moneyCell(figures.revenue), moneyCell(figures.profit), percentCell(wallet), p(`cell.${kind}.${cell}.policy`)]);
    }
    if (view.leftOut > 0) groups.push([title(kind), t('export.leftOut'), view.leftOut]);
  }

  const hasProfit = result.basis === 'profit';
  const customers: CellValue[][] = [
    [
      t('list.customer'),
      t('list.name'),
      t('short.revenue'),
      ...(hasProfit ? [t('short.profit')] : []),
      t('short.potential'),
      t('short.size'),
      t('export.months'),
      t('list.wallet'),
      ...MATRIX_KINDS.map(title),
    ],
  ];
  for (const row of data.customers) {
    customers.push([
      row.id,
      row.name,
      moneyCell(row.revenue),
      ...(hasProfit ? [moneyCell(row.profit)] : []),
      moneyCell(row.potential),
      row.size === null ? null : decimalCell(row.size, 1),
      decimalCell(row.months, 1),
      percentCell(row.wallet),
      ...MATRIX_KINDS.map((kind) => {
        const cell = row.cells[kind];
        return cell === null ? null : p(`cell.${kind}.${cell}.name`);
      }),
    ]);
  }
  return [
    { name: t('export.sheetLines'), rows: lines, columnWidths: [44, 40, 18, 18, 16] },
    { name: t('export.sheetCells'), rows: groups, columnWidths: [44, 22, 12, 16, 16, 14, 80] },
    { name: t('export.sheetCustomers'), rows: customers, columnWidths: [16, 28, 16, ...(hasProfit ? [16] : []), 16, 10, 10, 12, 22, 22, 22] },
  ];
}
