import type { GroupCell, GroupSection } from '../../src/handin/format';
import { createFormatters } from '../../src/i18n/format';
import { perLocale, type LocalizedText } from '../../src/i18n/locale';
import type { Dictionaries, MessageParams } from '../../src/i18n/messages';
import { translator } from '../../src/i18n/translate';
import { runAnalysisOnce } from '../../src/workbook/analysis/runAnalysis';
import type { ExportContext, GroupDeclaration } from '../../src/workbook/contract';
import type { CandidateFigures } from './analysis/candidatesAnalysis';
import { candidatesAnalysis } from './analysis/candidatesSource';
import { itemNamer } from './content/demoProducts';
import { exportReceiptsSource } from './export/source';
import { candidatesMessages } from './messages/candidates';
import { groupMessages } from './messages/group';
import { rankCandidates } from './model/promo';
import type { BreakEven } from './model/promoEconomics';
import type { PromoProductState } from './state';
import { chosenPromo } from './steps/candidates/chosenPromo';

/** How many of the ranked candidates the trainer sees side by side: enough to see whether teams agree. */
const TOP_CANDIDATES = 5;

/** A message of the exercise in every language: the trainer may read the group view in another one than the team's. */
const text = <K extends string>(dictionaries: Dictionaries<K>, key: K, params?: MessageParams): LocalizedText =>
  perLocale((locale) => translator(dictionaries, locale)(key, params));
const count = (value: number | null): GroupCell => ({ kind: 'number', value, decimals: 0 });
const share = (value: number | null, decimals = 1): GroupCell => ({ kind: 'percent', value, decimals });
// A suicidal discount has no break-even: no volume restores the profit, so the cell is blank (the discount says why).
const volume = (breakEven: BreakEven | null | undefined) => share(breakEven?.kind === 'reachable' ? breakEven.volumeChange : null);

/**
 * What the trainer compares across teams: the promo product each team chose with its promotion's figures (discount,
 * expected growth, margin, the growth needed alone and with the products it brings along, the profit change), the
 * best-ranked candidates under the team's weights, and how many indicators, bundles and switches it proposes. The
 * candidates' figures come from the exercise's worker, as the export's do: receipts never reach the page.
 */
export const promoProductGroup: GroupDeclaration<PromoProductState> = {
  summarize: async ({ state, datasets }) => {
    // The export's source reader wants a whole export context; only the datasets matter to what it reads.
    const context: ExportContext = { locale: 'ru', format: createFormatters('ru', 'RUB'), datasets };
    const source = exportReceiptsSource(state, context);
    let figures: CandidateFigures | null = null;
    if (source !== null) {
      try {
        const result = await runAnalysisOnce(candidatesAnalysis, { receipts: { source, basket: state.receipts }, chosen: state.promo.chosen });
        figures = result.kind === 'ready' ? result.figures : null;
      } catch {
        // The worker died: the team still hands in its choices, with the figures left blank.
        figures = null;
      }
    }
    const fromDemo = source?.kind === 'demo';
    const itemName = (label: string): LocalizedText => perLocale((locale) => itemNamer(fromDemo, locale)(label));
    const promo = state.promo;
    const chosen = figures ? chosenPromo(figures, promo, state.priceIndicators) : null;
    const ready = chosen?.kind === 'ready' ? chosen : null;
    const promotion: GroupSection = {
      id: 'promotion',
      title: text(candidatesMessages, 'candidates.export.economicsSheet'),
      rows: [
        {
          key: 'chosen',
          label: text(candidatesMessages, 'candidates.export.chosen'),
          cell: { kind: 'text', value: promo.chosen === null ? text(candidatesMessages, 'candidates.export.notChosen') : itemName(promo.chosen) },
        },
        { key: 'discount', label: text(candidatesMessages, 'economics.discount'), cell: share(promo.discount / 100) },
        { key: 'expected', label: text(candidatesMessages, 'economics.expected'), cell: share(promo.expectedVolumeChange === null ? null : promo.expectedVolumeChange / 100) },
        { key: 'margin', label: text(candidatesMessages, 'economics.margin'), cell: share(ready?.margin ?? null) },
        { key: 'breakEven', label: text(candidatesMessages, 'economics.breakEven'), cell: volume(ready?.economics.breakEven) },
        { key: 'breakEvenHalo', label: text(candidatesMessages, 'economics.breakEvenHalo'), cell: volume(ready?.economics.breakEvenWithHalo) },
        { key: 'profit', label: text(candidatesMessages, 'economics.profit'), cell: { kind: 'money', value: ready?.economics.expected?.profitChange ?? null, decimals: 0 } },
      ],
    };
    const ranking = figures ? rankCandidates(figures.items, promo.weights, promo.assumedMargin === null ? null : promo.assumedMargin / 100) : null;
    const best: GroupSection = {
      id: 'ranking',
      title: text(groupMessages, 'group.ranking'),
      rows: (ranking?.kind === 'ranked' ? ranking.rows.slice(0, TOP_CANDIDATES) : []).map((row, index) => ({
        key: `place-${index + 1}`,
        label: text(groupMessages, 'group.place', { place: index + 1 }),
        cell: { kind: 'text', value: itemName(row.label) },
      })),
    };
    const data: GroupSection = {
      id: 'data',
      title: text(groupMessages, 'group.data'),
      rows: [
        { key: 'receipts', label: text(candidatesMessages, 'candidates.export.receipts'), cell: count(figures?.receiptCount ?? null) },
        { key: 'indicators', label: text(groupMessages, 'group.indicators'), cell: count(state.priceIndicators.length) },
        { key: 'bundles', label: text(groupMessages, 'group.bundles'), cell: count(state.bundles.length) },
        { key: 'switches', label: text(groupMessages, 'group.switches'), cell: count(state.switches.length) },
      ],
    };
    return { sections: [promotion, best, data] };
  },
};
