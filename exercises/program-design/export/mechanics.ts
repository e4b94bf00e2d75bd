import { enteredDecimals, moneyCell, percentCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import type { ExportContext } from '../../../src/workbook/contract';
import { translator } from '../../../src/i18n/translate';
import { PROGRAM_TYPE_NAMES } from '../../../src/results/programTypes';
import { mechanicsMessages } from '../messages/mechanics';
import { namesMessages } from '../messages/names';
import { RULE_TOPICS, type ProgramDesignState } from '../state';

/**
 * Step 2 as a sheet: the mechanics with their parameters as typed (a share as a percent, the threshold in the
 * workbook's currency, the expiry in months; empty where not given), the rules per topic and the partners' side,
 * texts whole.
 */
export function mechanicsSheets(state: ProgramDesignState, context: ExportContext): SheetSpec[] {
  const { locale } = context;
  const t = translator(mechanicsMessages, locale);
  const names = translator(namesMessages, locale);
  const { mechanics, channel } = state;
  const rows: CellValue[][] = [
    [t('export.mech.source'), t(`export.mech.source.${mechanics.source}`)],
    [t('export.mech.consideredTypes'), mechanics.types.map((type) => PROGRAM_TYPE_NAMES[type][locale]).join('; ')],
    [],
    [t('export.mech.number'), t('export.mech.type'), t('export.mech.rewardRate'), t('export.mech.threshold'), t('export.mech.expiry'), t('export.mech.rules')],
    ...mechanics.chosen.map((mechanic, index): CellValue[] => [
      index + 1,
      PROGRAM_TYPE_NAMES[mechanic.type][locale],
      mechanic.rewardRate === null ? null : percentCell(mechanic.rewardRate, enteredDecimals(mechanic.rewardRate * 100)),
      mechanic.threshold === null ? null : moneyCell(mechanic.threshold, enteredDecimals(mechanic.threshold)),
      mechanic.expiryMonths,
      mechanic.rules,
    ]),
    [],
    [t('export.mech.topic'), t('export.mech.rule')],
    ...RULE_TOPICS.map((topic): CellValue[] => [names(`rule.${topic}`), state.rules[topic]]),
    [],
    [t('export.mech.channel'), t(channel.throughPartners ? 'export.mech.yes' : 'export.mech.no')],
    [t('export.mech.partnersSide'), channel.partnersSide],
  ];
  return [{ name: t('export.mech.sheet'), rows, columnWidths: [30, 28, 16, 16, 14, 70] }];
}
