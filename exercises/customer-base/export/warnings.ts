import { dateCell, decimalCell, moneyCell, percentCell, type CellValue, type SheetSpec } from '../../../src/data/sheet';
import { translator } from '../../../src/i18n/translate';
import type { ExportContext } from '../../../src/workbook/contract';
import type { SalesSource } from '../../../src/customers/read';
import type { WarningsExportResult } from '../analysis/warningsAnalysis';
import { warningsMessages } from '../messages/warnings';
import { warningsListMessages } from '../messages/warningsList';
import { FUNNEL_STAGES, STAGES } from '../../../src/customers/lifecycle';
import { dayToIso } from '../../../src/customers/sales';
import { WARNING_RULES, type WarningRule } from '../model/warnings';
import type { CustomerBaseState } from '../state';
import { reasonText, unavailableText } from '../steps/warnings/reasonText';

/** What the step's export analysis is asked: the sales the steps read, the participant's period and rules. */
export function warningsExportRequest(state: CustomerBaseState, source: SalesSource) {
  return { source, period: state.period, settings: state.warnings };
}

/**
 * Step 6's sheets: the settings, the stages, each rule's totals, and the whole at-risk list (every customer with a
 * warning, ranked, with each rule's reason in its own column so the list filters in Excel). `result` is
 * `analyseWarningsForExport(warningsExportRequest(state, source), context)` (analysis/warningsAnalysis.ts), run in
 * the export's worker; null when there are no sales to read. A sheet says so when there is nothing to list.
 */
export function warningsSheets(state: CustomerBaseState, result: WarningsExportResult | null, { locale, format }: ExportContext): SheetSpec[] {
  const t = translator(warningsMessages, locale);
  const l = translator(warningsListMessages, locale);
  const settings = state.warnings;
  const threshold: Record<WarningRule, string> = {
    interval: `k = ${format.number(settings.interval.k, 1)}`,
    trend: `${t('rule.recentMonths')}: ${settings.trend.recentMonths}; ${t('rule.dropPercent')}: ${format.number(settings.trend.dropPercent, 1)}`,
    plan: `${t('rule.planPercent')}: ${format.number(settings.plan.percent, 1)}`,
    debt: '—',
    costToServe: `${t('rule.percentOfMargin')}: ${format.number(settings.costToServe.percentOfMargin, 1)}`,
  };
  const settingsRows: CellValue[][] = [[l('warningsExport.setting'), l('warningsExport.value')]];
  for (const rule of WARNING_RULES) settingsRows.push([t(`rule.${rule}`), `${settings[rule].on ? l('warningsExport.on') : l('warningsExport.off')}; ${threshold[rule]}`]);
  const stageRows: CellValue[][] = [];
  const ruleRows: CellValue[][] = [];
  const listRows: CellValue[][] = [];
  const sheets = (): SheetSpec[] => [
    { name: l('warningsExport.settingsSheet'), rows: settingsRows, columnWidths: [44, 60] },
    { name: l('warningsExport.stagesSheet'), rows: stageRows, columnWidths: [20, 12, 18, 14, 70] },
    { name: l('warningsExport.rulesSheet'), rows: ruleRows, columnWidths: [36, 50, 44, 16, 16, 18] },
    { name: l('warningsExport.listSheet'), rows: listRows, columnWidths: [8, 16, 28, 16, 18, 18, 16, ...WARNING_RULES.map(() => 48)] },
  ];
  if (result === null || result.kind !== 'ready') {
    const text = result?.kind === 'salesUnreadable' ? l('warningsExport.unreadable') : l('warningsExport.noSales');
    for (const rows of [stageRows, ruleRows, listRows]) rows.push([text]);
    return sheets();
  }
  const { summary } = result;
  settingsRows.push(
    [l('warningsExport.period'), l('warningsExport.periodValue', { from: format.date(dayToIso(summary.startDay)), to: format.date(dayToIso(summary.analysisDay)), months: summary.months })],
    [l('warningsExport.typicalInterval'), summary.typicalInterval === null ? '—' : decimalCell(summary.typicalInterval, 1)],
    [l('warningsExport.oneOffDays'), summary.oneOffDays],
    [],
    [t('stages.definition.others')],
  );

  const revenue = STAGES.reduce((sum, stage) => sum + summary.stages[stage].revenue, 0);
  stageRows.push([t('stages.stage'), t('stages.customers'), t('stages.revenue'), t('stages.share'), t('stages.action')]);
  for (const stage of FUNNEL_STAGES) {
    const totals = summary.stages[stage];
    const share = stage === 'lapsed' || revenue <= 0 ? null : percentCell(totals.revenue / revenue, 0);
    stageRows.push([t(`stage.${stage}`), totals.customers, stage === 'lapsed' ? t('stages.lapsedRevenue', { money: format.money(totals.revenue) }) : moneyCell(totals.revenue), share, t(`stage.${stage}.action`)]);
  }

  ruleRows.push([t('rules.title'), l('warningsExport.state'), l('warningsExport.parameter'), l('warningsExport.judged'), l('warningsExport.flagged'), l('atRisk.atStake')]);
  for (const rule of WARNING_RULES) {
    const totals = summary.rules[rule];
    const unavailable = unavailableText(totals.availability, t, locale);
    const stateText = unavailable ?? (settings[rule].on ? l('warningsExport.on') : l('warningsExport.off'));
    ruleRows.push([t(`rule.${rule}`), stateText, threshold[rule], unavailable ? null : totals.judged, unavailable ? null : totals.flagged, unavailable ? null : moneyCell(totals.atStake)]);
  }
  ruleRows.push([], [l('warningsExport.total'), null, null, null, summary.atRisk.customers, moneyCell(summary.atRisk.atStake)]);

  if (result.rows.length === 0) listRows.push([l('atRisk.none')]);
  else {
    listRows.push([
      l('atRisk.rank'),
      l('atRisk.customer'),
      l('warningsExport.name'),
      l('atRisk.stage'),
      l('warningsExport.revenue'),
      l('atRisk.atStake'),
      l('warningsExport.lastPurchase'),
      ...WARNING_RULES.map((rule) => t(`rule.${rule}`)),
    ]);
    for (const row of result.rows) {
      const reasons = WARNING_RULES.map((rule) => {
        const reason = row.reasons.find((candidate) => candidate.rule === rule);
        return reason ? reasonText(reason, l, format) : null;
      });
      listRows.push([row.rank, row.id, row.name, t(`stage.${row.stage}`), moneyCell(row.revenue), moneyCell(row.atStake), dateCell(dayToIso(row.lastDay)), ...reasons]);
    }
  }
  return sheets();
}
