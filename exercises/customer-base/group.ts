import type { GroupCell, GroupSection } from '../../src/handin/format';
import { OTHERS } from '../../src/customers/rfmSegments';
import { rfmSegmentMessages, segmentName } from '../../src/customers/rfmSegmentNames';
import { createFormatters } from '../../src/i18n/format';
import { perLocale, type LocalizedText } from '../../src/i18n/locale';
import type { Dictionaries } from '../../src/i18n/messages';
import { translator } from '../../src/i18n/translate';
import { runAnalysisOnce } from '../../src/workbook/analysis/runAnalysis';
import type { GroupDeclaration } from '../../src/workbook/contract';
import type { AbcXyzResult } from './analysis/abcXyzAnalysis';
import { abcXyzAnalysis } from './analysis/abcXyzSource';
import type { RfmResult } from './analysis/rfmAnalysis';
import { rfmAnalysis } from './analysis/rfmSource';
import type { WarningsResult } from './analysis/warningsAnalysis';
import { warningsAnalysis } from './analysis/warningsSource';
import { exportSalesSource } from './export/data';
import { groupMessages } from './messages/group';
import { usableLines } from './model/abcXyzMatrix';
import type { CustomerBaseState } from './state';

/** A message of the exercise in every language: the trainer may read the group view in another one than the team's. */
const text = <K extends string>(dictionaries: Dictionaries<K>, key: K): LocalizedText => perLocale((locale) => translator(dictionaries, locale)(key));
const count = (value: number | null): GroupCell => ({ kind: 'number', value, decimals: 0 });
const share = (value: number | null): GroupCell => ({ kind: 'percent', value, decimals: 1 });
const money = (value: number | null): GroupCell => ({ kind: 'money', value, decimals: 0 });

/** One step's analysis in its own worker, as the export runs them; a dead worker leaves that step's figures blank. */
async function run<Result>(analysis: () => Promise<Result>): Promise<Result | null> {
  try {
    return await analysis();
  } catch {
    return null;
  }
}

/** Spaces and case do not make two teams' segments different. */
const normalized = (name: string) => name.trim().toLocaleLowerCase('ru').replace(/\s+/g, ' ');

/**
 * What the trainer compares across teams: customers and revenue, the A class (Pareto: what share of the customers
 * brings what share of the value), the customers in each RFM segment (the default set's by id, a team's own by its
 * name), and the customers at risk with the revenue at stake. Each step's figures come from that step's worker,
 * as on screen: the customers never reach the page, and the slow value model (BG/NBD) is not run for a hand-in.
 */
export const customerBaseGroup: GroupDeclaration<CustomerBaseState> = {
  summarize: async ({ state, datasets }) => {
    const source = exportSalesSource(state, { locale: 'ru', format: createFormatters('ru', 'RUB'), datasets });
    const base = source === null ? null : { source, period: state.period };
    const [abc, rfm, warnings]: [AbcXyzResult | null, RfmResult | null, WarningsResult | null] =
      base === null
        ? [null, null, null]
        : await Promise.all([
            run(() => runAnalysisOnce(abcXyzAnalysis, { ...base, settings: usableLines(state.abc), list: { abc: null, xyz: null, page: 0 } })),
            run(() => runAnalysisOnce(rfmAnalysis, { ...base, binning: state.rfm.binning, rules: state.rfm.segments.map(({ r, f, m }) => ({ r, f, m })), list: null })),
            run(() => runAnalysisOnce(warningsAnalysis, { ...base, settings: state.warnings, rule: null, page: 0 })),
          ]);
    const classes = abc?.kind === 'ready' ? abc : null;
    const customerBase: GroupSection = {
      id: 'base',
      title: text(groupMessages, 'group.base'),
      rows: [
        { key: 'customers', label: text(groupMessages, 'group.customers'), cell: count(classes?.customers ?? null) },
        { key: 'revenue', label: text(groupMessages, 'group.revenue'), cell: money(classes?.totalRevenue ?? null) },
        { key: 'aCustomers', label: text(groupMessages, 'group.aCustomers'), cell: count(classes?.abc.classes.A.customers ?? null) },
        { key: 'aCustomerShare', label: text(groupMessages, 'group.aCustomerShare'), cell: share(classes?.pareto.mark.customerShare ?? null) },
        { key: 'aValueShare', label: text(groupMessages, 'group.aValueShare'), cell: share(classes?.pareto.mark.valueShare ?? null) },
      ],
    };
    const rules = state.rfm.segments;
    const segmentKey = (segment: number) => {
      if (segment === OTHERS) return 'others';
      const rule = rules[segment];
      if (!rule) return `segment-${segment}`;
      const own = rule.name?.trim();
      // A default segment by its id whatever the team's language; a team's own by its name; an unnamed one by its id.
      return own ? `name:${normalized(own)}` : rule.id;
    };
    const segments = rfm?.kind === 'ready' ? rfm.rfm.segments : [];
    const used = new Set<string>();
    const rfmSection: GroupSection = {
      id: 'rfm',
      title: text(groupMessages, 'group.rfm'),
      rows: segments.map((figures) => {
        const wanted = segmentKey(figures.segment);
        // Two segments a team named alike keep apart by their place in the list.
        const key = used.has(wanted) ? `${wanted}#${figures.segment}` : wanted;
        used.add(key);
        return { key, label: perLocale((locale) => segmentName(translator(rfmSegmentMessages, locale), rules, figures.segment)), cell: count(figures.customers) };
      }),
    };
    const risk = warnings?.kind === 'ready' ? warnings.summary : null;
    const atRisk: GroupSection = {
      id: 'risk',
      title: text(groupMessages, 'group.risk'),
      rows: [
        { key: 'atRisk', label: text(groupMessages, 'group.atRisk'), cell: count(risk?.atRisk.customers ?? null) },
        { key: 'atStake', label: text(groupMessages, 'group.atStake'), cell: money(risk?.atRisk.atStake ?? null) },
        { key: 'atStakeShare', label: text(groupMessages, 'group.atStakeShare'), cell: share(risk === null || risk.yearlyRevenue <= 0 ? null : risk.atRisk.atStake / risk.yearlyRevenue) },
      ],
    };
    return { sections: [customerBase, rfmSection, atRisk] };
  },
};
