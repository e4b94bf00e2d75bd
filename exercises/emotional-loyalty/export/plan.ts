import { dateCell, decimalCell, moneyCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import type { EmotionalNames } from '../content/names';
import { followUpMessages } from '../messages/followUp';
import { planMessages } from '../messages/plan';
import { budgetTotals, plannedActions, priorityOrder, rateIdea } from '../model/rating';
import type { EmotionalState, Idea } from '../state';
import { monthNamer } from '../steps/plan/wording';

/**
 * Step 3 in the Excel export: every idea with its two marks and its field of the matrix (rated ones in priority
 * order, then the unrated), the action plan with its dates, owners, budgets and evidence, the budget by month and by
 * touchpoint, and the year's calendar. Marks, budgets and dates are numbers and dates Excel can compute with.
 */
export function planSheets(state: EmotionalState, names: EmotionalNames, context: ExportContext): SheetSpec[] {
  const t = translator(planMessages, context.locale);
  const x = translator(followUpMessages, context.locale);
  const monthName = monthNamer(context.locale);
  const touchpointName = (idea: Idea) => {
    const index = state.touchpoints.findIndex((touchpoint) => touchpoint.id === idea.touchpointId);
    const touchpoint = state.touchpoints[index];
    return touchpoint ? names.touchpoint(touchpoint, index) : t('budget.lostTouchpoint');
  };
  const quadrantName = (idea: Idea) => {
    const rated = rateIdea(idea);
    return rated ? t(`quadrant.${rated.quadrant}`) : null;
  };

  const order = priorityOrder(state.ideas);
  const rated = new Set(order.map((entry) => entry.idea.id));
  const ratingRows: CellValue[][] = [
    [t('rating.touchpoint'), t('rating.idea'), t('rating.cost'), t('rating.effect'), x('export.score'), t('rating.quadrant'), x('export.chosen')],
    ...[...order.map((entry) => entry.idea), ...state.ideas.filter((idea) => !rated.has(idea.id))].map((idea) => {
      const entry = rateIdea(idea);
      return [
        touchpointName(idea),
        names.ideaTitle(idea),
        decimalCell(idea.cost, 0),
        decimalCell(idea.effect, 0),
        entry ? decimalCell(entry.score, 0, { signed: true }) : null,
        quadrantName(idea),
        idea.chosen ? x('export.yes') : x('export.no'),
      ];
    }),
  ];

  const planned = plannedActions(state);
  const totals = budgetTotals(state);
  const planRows: CellValue[][] = [
    [t('plan.date'), t('rating.idea'), t('rating.touchpoint'), t('plan.owner'), t('plan.budget'), t('plan.evidence'), t('rating.quadrant')],
    ...planned.map(({ idea, action }) => [
      dateCell(action.date),
      names.ideaTitle(idea),
      touchpointName(idea),
      action.owner,
      moneyCell(action.budget),
      action.evidence,
      quadrantName(idea),
    ]),
    [null, t('budget.total'), null, null, moneyCell(totals.total), null, null],
    [],
    [t('budget.month'), t('budget.amount')],
    ...totals.byMonth.map(({ month, budget }) => [`${monthName(Number(month.slice(5, 7)))} ${month.slice(0, 4)}`, moneyCell(budget)]),
    ...(totals.undated > 0 ? [[t('budget.undated'), moneyCell(totals.undated)]] : []),
    [],
    [t('budget.touchpoint'), t('budget.amount')],
    ...totals.byTouchpoint.map(({ touchpointId, budget }) => {
      const index = state.touchpoints.findIndex((touchpoint) => touchpoint.id === touchpointId);
      const touchpoint = state.touchpoints[index];
      return [touchpoint ? names.touchpoint(touchpoint, index) : t('budget.lostTouchpoint'), moneyCell(budget)];
    }),
  ];

  const dated = [
    ...planned.flatMap(({ idea, action }) => (action.date === null ? [] : [{ date: action.date, text: names.ideaTitle(idea), kind: x('export.action') }])),
    ...state.occasions.map((occasion) => ({ date: occasion.date, text: names.occasion(occasion), kind: x('export.occasion') })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  const calendarRows: CellValue[][] = [
    [x('export.month'), x('export.date'), t('rating.idea'), x('export.kind')],
    ...dated.map((entry) => [`${monthName(Number(entry.date.slice(5, 7)))} ${entry.date.slice(0, 4)}`, dateCell(entry.date), entry.text, entry.kind]),
  ];

  return [
    { name: x('export.ratings'), rows: ratingRows, columnWidths: [24, 40, 10, 10, 12, 18, 10] },
    { name: x('export.plan'), rows: planRows, columnWidths: [14, 40, 24, 20, 14, 50, 18] },
    { name: x('export.calendar'), rows: calendarRows, columnWidths: [16, 14, 40, 18] },
  ];
}
