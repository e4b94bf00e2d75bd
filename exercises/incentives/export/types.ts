import type { ExportContext } from '../../../src/workbook/contract';
import { decimalCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import { LIFE_CYCLE_STAGE_NAMES, MARKET_NAMES, PROGRAM_TYPE_NAMES, PROGRAM_TYPES } from '../../../src/results/programTypes';
import { SCORE_CRITERIA, type IncentivesState } from '../state';
import { LOYALTY_TYPE_CONTENT } from '../content/loyaltyTypes';
import { fitByType, fitLevels } from '../model/fit';
import { rankingReasons, rankProgramTypes, shortList } from '../model/ranking';
import { typesMessages } from '../messages/types';
import { fitReasonText, listNames, rankingReasonTexts } from '../steps/types/typesReading';

/** A score or a total: a whole number with a number format, as the screen shows it. */
const whole = (value: number | null) => decimalCell(value, 0);

/**
 * Step 1 in the Excel export: the business the fit was judged for and every type's scores, fit and note (sheet
 * one), then the ranking of the fully scored types with the short list and its reasons (sheet two). Scores are
 * numbers; texts are whole.
 */
export function typesSheets(state: IncentivesState, context: ExportContext): SheetSpec[] {
  const { locale } = context;
  const t = translator(typesMessages, locale);
  const fit = fitByType(state);
  const ranked = rankProgramTypes(state.scores, fitLevels(state));
  const listed = new Set(shortList(ranked).map((entry) => entry.type));
  const criteria = SCORE_CRITERIA.map((criterion) => t(`criterion.${criterion}`));
  const notChosen = t('export.notChosen');
  const fitWord = (type: (typeof PROGRAM_TYPES)[number]) => {
    const level = fit[type].level;
    return level === null ? notChosen : t(`fit.${level}`);
  };

  const scoreRows: CellValue[][] = [
    [t('export.business')],
    [t('business.market'), state.market === null ? notChosen : MARKET_NAMES[state.market][locale]],
    [t('business.stage'), state.stage === null ? notChosen : LIFE_CYCLE_STAGE_NAMES[state.stage][locale]],
    [t('business.loyalty'), state.loyaltyTypes.length === 0 ? notChosen : listNames(state.loyaltyTypes.map((type) => LOYALTY_TYPE_CONTENT[type].name[locale]), locale)],
    [],
    [t('compare.type'), ...criteria, t('score.total'), t('export.fit'), t('export.fitReasons'), t('score.note')],
    ...PROGRAM_TYPES.map((type): CellValue[] => {
      const score = state.scores[type];
      const entry = ranked.find((candidate) => candidate.type === type);
      return [
        PROGRAM_TYPE_NAMES[type][locale],
        ...SCORE_CRITERIA.map((criterion) => whole(score[criterion])),
        whole(entry?.total ?? null),
        fitWord(type),
        fit[type].reasons.map((reason) => fitReasonText(reason, locale)).join('\n'),
        score.note,
      ];
    }),
  ];

  const rankingRows: CellValue[][] = [
    [t('chart.rank'), t('compare.type'), t('score.total'), ...criteria, t('export.fit'), t('export.inShortList'), t('export.reasons')],
    ...ranked.map((entry, index): CellValue[] => [
      index + 1,
      PROGRAM_TYPE_NAMES[entry.type][locale],
      whole(entry.total),
      ...SCORE_CRITERIA.map((criterion) => whole(entry.scores[criterion])),
      fitWord(entry.type),
      listed.has(entry.type) ? t('export.yes') : t('export.no'),
      rankingReasonTexts(rankingReasons(entry, fit[entry.type]), locale).join('\n'),
    ]),
  ];

  return [
    { name: t('export.sheet.scores'), rows: scoreRows, columnWidths: [28, 14, 14, 14, 10, 16, 70, 60] },
    { name: t('export.sheet.ranking'), rows: rankingRows, columnWidths: [8, 28, 10, 14, 14, 14, 16, 12, 80] },
  ];
}
