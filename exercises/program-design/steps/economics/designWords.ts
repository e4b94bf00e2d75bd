import type { Formatters } from '../../../../src/i18n/format';
import type { LocalizedText } from '../../../../src/i18n/locale';
import type { Translate } from '../../../../src/i18n/translate';
import { PROGRAM_TYPE_NAMES } from '../../../../src/results/programTypes';
import type { FigureHint, FigureOrigin, MechanicRef } from '../../model/economics';
import type { EconomicsMessageKey } from '../../messages/economics';

export interface DesignWords {
  t: Translate<EconomicsMessageKey>;
  format: Formatters;
  text: (text: LocalizedText) => string;
}

const mechanicName = (mechanic: MechanicRef, { text }: DesignWords) => text(PROGRAM_TYPE_NAMES[mechanic.type]);

/** Where a figure the design settles comes from, in words: which mechanics, and why they give it. */
export function originText(origin: FigureOrigin, words: DesignWords): string {
  const { t, format } = words;
  switch (origin.kind) {
    case 'rewardRates':
      return t('economics.origin.rewardRates', {
        list: origin.mechanics.map((mechanic) => `${mechanicName(mechanic, words)} ${format.percent(mechanic.rewardRate, 2)}`).join(' + '),
      });
    case 'discountsOnly':
      return t('economics.origin.discountsOnly', { list: origin.mechanics.map((mechanic) => mechanicName(mechanic, words)).join(', ') });
    case 'everyPurchase':
      return t('economics.origin.everyPurchase', { mechanic: mechanicName(origin.mechanic, words) });
  }
}

/** What the design suggests for a figure it does not settle. */
export function hintText(hint: FigureHint, words: DesignWords): string {
  const { t, format } = words;
  const mechanic = mechanicName(hint.mechanic, words);
  if (hint.kind === 'threshold') return t('economics.hint.threshold', { mechanic, threshold: format.money(hint.threshold) });
  const range = { mechanic, low: format.percent(hint.low, 0), high: format.percent(hint.high, 0) };
  return hint.expiryMonths === null ? t('economics.hint.expiryNever', range) : t('economics.hint.expiry', { ...range, count: hint.expiryMonths });
}
