import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/locale';
import { LADDER_STAGE_TEXTS } from '../../../exercises/loyalty-measurement/content/loyaltyTypes';
import { behaviourMessages } from '../../../exercises/loyalty-measurement/messages/behaviour';
import { meaningMessages } from '../../../exercises/loyalty-measurement/messages/meaning';

/** One thing, one name: a participant who meets a term in one step finds it under the same name in the next. */
describe('the same terms across the loyalty steps', () => {
  it.each(LOCALES)('names the ladder and its stages in step 5 as step 2 does (%s)', (locale) => {
    const behaviour = behaviourMessages[locale];
    const ladder = meaningMessages[locale]['meaning.ladderTitle'];
    expect(String(behaviour['behaviour.ladder.title']).toLowerCase()).toContain(String(ladder).toLowerCase());
    for (const stage of ['firstPurchase', 'repeat', 'regular'] as const) {
      expect(behaviour[`behaviour.ladder.${stage}`], `${locale} ${stage}`).toBe(LADDER_STAGE_TEXTS[locale][stage].name);
    }
  });
});
