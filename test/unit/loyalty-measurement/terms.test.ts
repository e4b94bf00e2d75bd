import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/locale';
import { LADDER_STAGE_TEXTS } from '../../../exercises/loyalty-measurement/content/loyaltyTypes';
import { behaviourMessages } from '../../../exercises/loyalty-measurement/messages/behaviour';
import { meaningMessages } from '../../../exercises/loyalty-measurement/messages/meaning';
import { businessMessages } from '../../../exercises/loyalty-measurement/messages/business';
import { conclusionsMessages } from '../../../exercises/loyalty-measurement/messages/conclusions';
import { matrixMessages } from '../../../exercises/loyalty-measurement/messages/matrix';
import { planMessages } from '../../../exercises/loyalty-measurement/messages/plan';
import { planExportMessages } from '../../../exercises/loyalty-measurement/messages/planExport';
import { surveyMessages } from '../../../exercises/loyalty-measurement/messages/survey';
import type { Message } from '../../../src/i18n/messages';
import { loyaltyMeasurement } from '../../../exercises/loyalty-measurement';
import { METRIC_TEXTS } from '../../../exercises/loyalty-measurement/content/catalogue';
import { CES_QUESTION, CSAT_QUESTION, NPS_QUESTION } from '../../../exercises/loyalty-measurement/content/questionnaire';

const CATALOGS = { behaviourMessages, businessMessages, conclusionsMessages, matrixMessages, meaningMessages, planMessages, planExportMessages, surveyMessages };

/** Every text of a message: a plain string, or each of its plural forms. */
const texts = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message));

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

  it('quotes Chinese text with Chinese quotation marks, as the other Chinese texts do', () => {
    const straight: string[] = [];
    for (const [name, catalog] of Object.entries(CATALOGS)) {
      for (const [key, message] of Object.entries(catalog.zh)) {
        // A straight quote beside a Chinese character: “沉睡” written as "沉睡".
        if (texts(message as Message).some((text) => /[\u4e00-\u9fff]"|"[\u4e00-\u9fff]/.test(text))) straight.push(`${name} ${key}`);
      }
    }
    expect(straight).toEqual([]);
  });

  it('keeps Russian quotation marks out of the English and Chinese texts', () => {
    const guillemets: string[] = [];
    for (const [name, catalog] of Object.entries(CATALOGS)) {
      for (const locale of ['en', 'zh'] as const) {
        for (const [key, message] of Object.entries(catalog[locale])) if (texts(message as Message).some((text) => /[«»]/.test(text))) guillemets.push(`${name} ${locale} ${key}`);
      }
    }
    expect(guillemets).toEqual([]);
  });

  it.each(LOCALES)('the plan’s question for NPS, CSAT and CES is the one the questionnaire asks (%s)', (locale) => {
    // The question up to its question mark, without the examples in brackets the questionnaire adds.
    const question = (text: string) => (text.split(/[?？]/)[0] ?? '').replace(/\s*[(（][^)）]*[)）]/g, '').trim();
    for (const [metric, asked] of [['nps', NPS_QUESTION], ['csat', CSAT_QUESTION], ['ces', CES_QUESTION]] as const) {
      expect(METRIC_TEXTS[locale][metric].method, `${locale} ${metric}`).toContain(question(asked[locale]));
    }
  });

  it.each(LOCALES)('the printed questionnaire is not named as the survey step is: two regions of one page would share a name (%s)', (locale) => {
    const step = loyaltyMeasurement.steps.find((candidate) => candidate.id === 'survey');
    expect(surveyMessages[locale]['paper.title']).not.toBe(step?.title[locale]);
  });
});
