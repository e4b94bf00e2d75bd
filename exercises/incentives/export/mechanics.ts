import { enteredDecimals, moneyCell, percentCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import { PROGRAM_TYPE_NAMES } from '../../../src/results/programTypes';
import type { ExportContext } from '../../../src/workbook/contract';
import { checkDiscounts } from '../model/discounts';
import { checkMechanic } from '../model/mechanics';
import type { IncentivesState } from '../state';
import { discountsMessages } from '../messages/discounts';
import { mechanicsMessages } from '../messages/mechanics';
import { findingText } from '../steps/mechanics/findingText';

/** A share the participant typed, with as many decimals as they typed (12.5 %, not 12.50 %). */
const enteredPercent = (share: number | null) => (share === null ? null : percentCell(share, enteredDecimals(share * 100)));

/**
 * Two sheets: the chosen mechanics with their parameters (rate as a percent, threshold in the currency, expiry in
 * months) and checks; the margin and every discount with its break-even, verdict and the profit change expected.
 */
export function mechanicsSheets(state: IncentivesState, context: ExportContext): SheetSpec[] {
  const { locale, format } = context;
  const tm = translator(mechanicsMessages, locale);
  const td = translator(discountsMessages, locale);

  const mechanicRows: CellValue[][] = [
    [tm('export.mechanics.margin'), enteredPercent(state.margin)],
    [],
    [tm('export.mechanics.number'), tm('export.mechanics.type'), tm('export.mechanics.rewardRate'), tm('export.mechanics.threshold'), tm('export.mechanics.expiry'), tm('export.mechanics.rules'), tm('export.mechanics.checks')],
  ];
  state.mechanics.forEach((mechanic, index) => {
    const findings = checkMechanic(mechanic, state.margin);
    mechanicRows.push([
      index + 1,
      PROGRAM_TYPE_NAMES[mechanic.type][locale],
      enteredPercent(mechanic.rewardRate),
      mechanic.threshold === null ? null : moneyCell(mechanic.threshold, enteredDecimals(mechanic.threshold)),
      mechanic.expiryMonths,
      mechanic.rules,
      findings.length === 0 ? tm('mechanics.ok') : findings.map((finding) => findingText(finding, tm, format)).join('\n'),
    ]);
  });

  const discountRows: CellValue[][] = [
    [tm('export.mechanics.margin'), enteredPercent(state.margin)],
    [td('export.discounts.note')],
    [],
    [
      td('export.discounts.number'),
      td('export.discounts.name'),
      td('export.discounts.discount'),
      td('export.discounts.required'),
      td('export.discounts.verdict'),
      td('export.discounts.expected'),
      td('export.discounts.profitChange'),
    ],
  ];
  for (const { line, number, check } of checkDiscounts(state.discounts, state.margin)) {
    const outcome: CellValue[] =
      check.kind === 'checked'
        ? [
            check.requiredVolumeChange === null ? td('discounts.unreachable') : percentCell(check.requiredVolumeChange, 1, { signed: true }),
            td(`discounts.verdict.${check.verdict}`),
            line.expectedVolumeChange === null ? null : percentCell(line.expectedVolumeChange, enteredDecimals(line.expectedVolumeChange * 100), { signed: true }),
            check.profitChange === null ? null : percentCell(check.profitChange, 1, { signed: true }),
          ]
        : [
            null,
            check.kind === 'noDiscount' ? td('discounts.noDiscount') : check.kind === 'noMargin' ? td('discounts.noMargin') : td(check.reason === 'margin-out-of-range' ? 'discounts.marginZero' : 'discounts.invalidDiscount'),
            line.expectedVolumeChange === null ? null : percentCell(line.expectedVolumeChange, enteredDecimals(line.expectedVolumeChange * 100), { signed: true }),
            null,
          ];
    discountRows.push([number, line.name, enteredPercent(line.discount), ...outcome]);
  }

  return [
    { name: tm('export.mechanics.sheet'), rows: mechanicRows, columnWidths: [8, 26, 14, 14, 14, 50, 60] },
    { name: td('export.discounts.sheet'), rows: discountRows, columnWidths: [8, 34, 12, 18, 18, 18, 20] },
  ];
}
