import type { ExportContext } from '../../../src/workbook/contract';
import { decimalCell, enteredDecimals, moneyCell, percentCell, type CellValue, type NumberCell, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import type { Locale } from '../../../src/i18n/locale';
import { METRIC_FACTS, PLAN_TEXT_FIELDS, filledText, metricTexts, planTexts, type FilledText, type MetricUnit } from '../content/catalogue';
import { LADDER_STAGE_TEXTS, LOYALTY_TYPE_TEXTS, suggestedDefinition } from '../content/loyaltyTypes';
import { recommendMetrics } from '../model/recommend';
import { typeSharesSum } from '../model/meaning';
import { LADDER_STAGES, LOYALTY_TYPES, type LoyaltyState, type PlanEntry } from '../state';
import { businessMessages } from '../messages/business';
import { meaningMessages } from '../messages/meaning';
import { planMessages } from '../messages/plan';
import { planExportMessages } from '../messages/planExport';

type Messages = ReturnType<typeof exportTranslators>;

function exportTranslators(locale: Locale) {
  return {
    business: translator(businessMessages, locale),
    meaning: translator(meaningMessages, locale),
    plan: translator(planMessages, locale),
    sheet: translator(planExportMessages, locale),
  };
}

/** A target or alarm as typed, in its unit: a percentage as a share Excel shows as 80 %, an amount in the currency. */
function figureCell(value: number | null, unit: MetricUnit): NumberCell | null {
  if (value === null) return null;
  if (unit === 'percent') return percentCell(value / 100, enteredDecimals(value));
  if (unit === 'money') return moneyCell(value, enteredDecimals(value));
  return decimalCell(value, enteredDecimals(value));
}

function unitText(unit: MetricUnit, t: Messages, currency: string): string {
  if (unit === 'percent') return '%';
  if (unit === 'money') return currency;
  return t.plan(`unit.${unit}`);
}

/** Whose a text is: the participant's own, or the catalogue's suggestion standing in for an empty box. */
function textSource(text: FilledText, t: Messages): string {
  return text.suggested ? t.meaning('suggestion.printed') : t.sheet('export.ownText');
}

function profileSheet(state: LoyaltyState, t: Messages, locale: Locale): SheetSpec {
  const { business } = state;
  const recommendation = recommendMetrics(business);
  const period = t.business(`period.${recommendation.retentionPeriod}`);
  const yesNo = (value: boolean) => t.sheet(value ? 'export.yes' : 'export.no');
  const rows: CellValue[][] = [
    [t.sheet('export.parameter'), t.sheet('export.value'), t.sheet('export.unit')],
    [t.business('business.modelLegend'), business.model ? t.business(`model.${business.model}`) : null, null],
    [t.business('business.cycle'), business.purchaseCycleDays, t.business('business.days')],
    [t.business('business.longLifeCycle'), yesNo(business.longLifeCycle), null],
    [t.business('business.identificationLegend'), business.identification ? t.business(`identification.${business.identification}`) : null, null],
    [t.business('business.customers'), business.activeCustomers, null],
    [t.business('business.dataLegend'), business.dataAvailable.map((source) => t.business(`data.${source}`)).join(', '), null],
    [t.sheet('export.retentionPeriod'), period, null],
    [],
    [t.sheet('export.recommendedMetric'), t.sheet('export.reason')],
    ...recommendation.recommended.map((advice) => [metricTexts(advice.metric, locale).name, t.business(`reason.${advice.reason}`, { period })]),
  ];
  if (recommendation.advisedAgainst.length > 0) {
    rows.push([], [t.sheet('export.againstMetric'), t.sheet('export.reason')]);
    for (const advice of recommendation.advisedAgainst) rows.push([metricTexts(advice.metric, locale).name, t.business(`against.${advice.reason}`)]);
  }
  return { name: t.sheet('export.profileSheet'), rows, columnWidths: [48, 70, 10] };
}

function meaningSheet(state: LoyaltyState, t: Messages, locale: Locale): SheetSpec {
  const { meaning } = state;
  const definition = filledText(meaning.definition, suggestedDefinition(meaning.view, locale));
  const shareCell = (share: number | null) => (share === null ? null : percentCell(share / 100, enteredDecimals(share)));
  const rows: CellValue[][] = [
    [t.sheet('export.parameter'), t.sheet('export.text'), t.sheet('export.textSource')],
    [t.meaning('meaning.viewLegend'), meaning.view ? t.meaning(`view.${meaning.view}`) : null, null],
    [t.meaning('meaning.definition'), definition.text, textSource(definition, t)],
    [],
    [t.sheet('export.type'), t.sheet('export.share')],
    ...LOYALTY_TYPES.map((type) => [LOYALTY_TYPE_TEXTS[locale][type].name, shareCell(meaning.typeShares[type])]),
    [t.sheet('export.sharesSum'), shareCell(typeSharesSum(meaning.typeShares))],
    [],
    [t.sheet('export.stage'), t.sheet('export.used'), t.sheet('export.strategy'), t.sheet('export.textSource')],
    ...LADDER_STAGES.map((stage) => {
      const text = LADDER_STAGE_TEXTS[locale][stage];
      const strategy = filledText(meaning.ladder[stage].strategy, text.strategy);
      return [text.name, t.sheet(meaning.ladder[stage].used ? 'export.yes' : 'export.no'), strategy.text, textSource(strategy, t)];
    }),
  ];
  return { name: t.sheet('export.meaningSheet'), rows, columnWidths: [34, 16, 70, 20] };
}

function planRow(entry: PlanEntry, t: Messages, locale: Locale, currency: string): CellValue[] {
  const facts = METRIC_FACTS[entry.metric];
  const texts = planTexts(entry, locale);
  const suggested = PLAN_TEXT_FIELDS.filter((field) => texts[field].suggested).map((field) => t.plan(`plan.${field}`));
  return [
    metricTexts(entry.metric, locale).name,
    texts.source.text,
    texts.method.text,
    entry.frequency ? t.plan(`frequency.${entry.frequency}`) : null,
    texts.owner.text,
    figureCell(entry.target, facts.unit),
    figureCell(entry.alarm, facts.unit),
    unitText(facts.unit, t, currency),
    t.plan(facts.direction === 'higher' ? 'plan.higherBetter' : 'plan.lowerBetter'),
    suggested.join(', '),
  ];
}

/**
 * Steps 1–3 for the .xlsx export: the business profile with the recommendation, the definition with the types and
 * the ladder, and the measurement plan (the exercise's deliverable) one metric a row. Empty texts carry the
 * catalogue's suggestion in the export's language, and a column says which texts are suggestions.
 */
export function planSheets(state: LoyaltyState, context: Pick<ExportContext, 'locale' | 'format'>): SheetSpec[] {
  const { locale } = context;
  const t = exportTranslators(locale);
  const planHeader = [
    t.plan('plan.metric'), t.plan('plan.source'), t.plan('plan.method'), t.plan('plan.frequency'), t.plan('plan.owner'),
    t.plan('plan.target'), t.plan('plan.alarm'), t.sheet('export.unit'), t.sheet('export.direction'), t.sheet('export.suggestedFields'),
  ];
  return [
    { name: t.sheet('export.planSheet'), rows: [planHeader, ...state.plan.map((entry) => planRow(entry, t, locale, context.format.currency))], columnWidths: [30, 36, 50, 16, 28, 10, 10, 10, 30, 34] },
    profileSheet(state, t, locale),
    meaningSheet(state, t, locale),
  ];
}
