import { percentCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import { PROGRAM_FIGURE_KEYS } from '../../../src/results/programFigures';
import { LIFE_CYCLE_STAGE_NAMES, MARKET_NAMES, PROGRAM_TYPE_NAMES } from '../../../src/results/programTypes';
import { RULE_TOPICS, type ProgramDesignState } from '../state';
import { tallyChecklist } from '../content/mistakes';
import { namesMessages } from '../messages/names';
import { onePageMessages } from '../messages/onePage';
import { FIGURE_UNITS, figureCell, mechanicParameters } from '../steps/onePage/figures';

/**
 * Step 5's sheet: the program as the printed page has it, one line per item (part, item, value, details), the
 * figures as numbers. Payback and ROI are the ROI exercise's results, exported with it: a note says so.
 */
export function onePageSheets(state: ProgramDesignState, { locale, format }: ExportContext): SheetSpec[] {
  const t = translator(onePageMessages, locale);
  const names = translator(namesMessages, locale);
  const rows: CellValue[][] = [[t('export.part'), t('export.item'), t('export.value'), t('export.detail')]];
  const line = (part: string, item: string, value: CellValue, detail = '') => rows.push([part, item, value, detail]);

  line('', t('export.name'), state.name.trim() || t('onePage.untitled'));
  line('', t('onePage.market'), state.market ? MARKET_NAMES[state.market][locale] : '');
  line('', t('onePage.stage'), state.stage ? LIFE_CYCLE_STAGE_NAMES[state.stage][locale] : '');
  line(t('onePage.goal'), t('export.goals'), state.goals.map((goal) => names(`goal.${goal}`)).join('; '));
  line(t('onePage.goal'), t('export.goalText'), state.goalText);
  line(t('onePage.target'), t('onePage.target'), state.target.description, state.target.segmentKeys.length > 0 ? t('onePage.segments', { count: state.target.segmentKeys.length }) : '');
  for (const mechanic of state.mechanics.chosen) {
    const details = [mechanicParameters(mechanic, t, format), mechanic.rules.trim()].filter((part) => part !== '').join('. ');
    line(t('onePage.mechanics'), PROGRAM_TYPE_NAMES[mechanic.type][locale], percentCell(mechanic.rewardRate, 1), details);
  }
  for (const topic of RULE_TOPICS) line(t('onePage.rules'), names(`rule.${topic}`), state.rules[topic]);
  line(t('onePage.channel'), t('onePage.channel'), state.channel.throughPartners ? state.channel.partnersSide : t('onePage.direct'));
  const tally = tallyChecklist(state.mistakes);
  for (const mistake of tally.flagged) line(t('onePage.risks'), names(`mistake.${mistake}`), names('mistakeStatus.flagged'), state.mistakes[mistake]?.note ?? '');
  if (tally.unchecked.length > 0) line(t('onePage.risks'), names('mistakeStatus.none'), tally.unchecked.length, tally.unchecked.map((mistake) => names(`mistake.${mistake}`)).join('; '));
  for (const key of PROGRAM_FIGURE_KEYS) line(t('onePage.figures'), t(`figure.${key}`), figureCell(state.economics[key], FIGURE_UNITS[key]));
  line(t('roi.title'), t('roi.payback'), '', t('export.roiNote'));
  line(t('followUp.title'), t('export.followUp'), state.followUp.notes);
  return [{ name: t('export.sheet'), rows, columnWidths: [24, 36, 60, 70] }];
}
