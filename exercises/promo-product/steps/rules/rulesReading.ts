import type { ReadingText } from '../../../../src/ui/Reading';
import type { Translate } from '../../../../src/i18n/translate';
import type { MinedRules } from '../../analysis/rulesAnalysis';
import type { AssociationRule } from '../../model/mining';
import type { SequenceResult } from '../../model/sequences';
import type { RulesMessageKey } from '../../messages/rules';
import { ruleNames } from './ruleText';

export interface RulesReadingTools {
  t: Translate<RulesMessageKey>;
  /** Whole percents unless told: a support needs its decimals (0.31 %). */
  percent: (share: number, decimals?: number) => string;
  number: (value: number) => string;
  name: (label: string) => string;
}

/** Rules said as sentences: at most this many, so the reading stays a paragraph. */
const SAID = 3;

/**
 * The strongest rules (by lift, as the table opens), one per pair of products: "B → A" says nothing that
 * "A → B" has not said already, so the mirror of a rule said is skipped.
 */
export function rulesToSay(rules: readonly AssociationRule[], count = SAID): AssociationRule[] {
  const said: AssociationRule[] = [];
  const pairs = new Set<string>();
  for (const rule of rules) {
    const key = [...rule.antecedent, rule.consequent].sort((a, b) => a - b).join(',');
    if (pairs.has(key)) continue;
    pairs.add(key);
    said.push(rule);
    if (said.length === count) break;
  }
  return said;
}

/** What step 3 says first: the strongest rules as sentences, what to do with them, and the strongest "bought next" pair. */
export function rulesReading(mined: MinedRules, shown: readonly AssociationRule[], sequences: SequenceResult | null, maxRules: number, { t, percent, number, name }: RulesReadingTools): ReadingText {
  const { outcome } = mined;
  if (outcome.kind === 'singleItems') return { sentences: [t('rules.reading.singleItems')], caution: null };
  if (outcome.kind === 'none') return { sentences: [t('rules.reading.none', { support: percent(outcome.suggestion.bestPairSupport, 2) })], caution: null };
  const sentences = rulesToSay(shown).map((rule) => {
    const names = ruleNames(rule, mined.items, name, t('rules.and'));
    return t('rules.reading.rule', { ...names, confidence: percent(rule.confidence), lift: number(rule.lift) });
  });
  sentences.push(t('rules.reading.more', { count: shown.length }), t('rules.reading.action'));
  const pair = sequences?.kind === 'pairs' ? sequences.pairs[0] : undefined;
  if (sequences?.kind === 'pairs' && pair) {
    sentences.push(t('rules.reading.sequence', { first: name(mined.items[pair.first] ?? ''), then: name(mined.items[pair.then] ?? ''), share: percent(pair.share), days: sequences.days }));
  }
  return { sentences, caution: outcome.kind === 'tooMany' ? t('rules.reading.tooMany', { max: maxRules }) : null };
}
