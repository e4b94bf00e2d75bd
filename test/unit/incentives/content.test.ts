import { describe, expect, it } from 'vitest';
import { LOCALES, type LocalizedText } from '../../../src/i18n/locale';
import { LIFE_CYCLE_STAGES, MARKETS, PROGRAM_TYPES } from '../../../src/results/programTypes';
import { LOYALTY_TYPES } from '../../../exercises/incentives/state';
import { PROGRAM_TYPE_DESCRIPTIONS } from '../../../exercises/incentives/content/programTypes';
import { FIT_LEVELS, PROGRAM_TYPE_FIT } from '../../../exercises/incentives/content/programFit';
import { LOYALTY_TYPE_CONTENT } from '../../../exercises/incentives/content/loyaltyTypes';

/** Every language written, none a copy of another (a text left in Russian in the Chinese slot). */
function expectWritten(text: LocalizedText, where: string) {
  for (const locale of LOCALES) expect(text[locale].trim(), `${where} (${locale})`).not.toBe('');
  expect(text.en, `${where}: en is a copy of ru`).not.toBe(text.ru);
  expect(text.zh, `${where}: zh is a copy of en`).not.toBe(text.en);
  expect(text.zh, `${where}: zh has no Chinese`).toMatch(/[\u4e00-\u9fff]/);
  expect(text.ru, `${where}: ru has no Cyrillic`).toMatch(/[а-яё]/i);
}

describe('program types content', () => {
  it('says what every type is, with three or four pros and cons, in three languages', () => {
    for (const type of PROGRAM_TYPES) {
      const description = PROGRAM_TYPE_DESCRIPTIONS[type];
      expectWritten(description.what, `${type}.what`);
      expect(description.pros.length, `${type} pros`).toBeGreaterThanOrEqual(3);
      expect(description.pros.length, `${type} pros`).toBeLessThanOrEqual(4);
      expect(description.cons.length, `${type} cons`).toBeGreaterThanOrEqual(3);
      expect(description.cons.length, `${type} cons`).toBeLessThanOrEqual(4);
      [...description.pros, ...description.cons].forEach((point, index) => expectWritten(point, `${type} point ${index}`));
      // The English text keys the list items on screen: two alike would share a key.
      const keys = [...description.pros, ...description.cons].map((point) => point.en);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('gives every type a fit with its reason for every market and every life-cycle stage', () => {
    for (const type of PROGRAM_TYPES) {
      for (const market of MARKETS) {
        expect(FIT_LEVELS).toContain(PROGRAM_TYPE_FIT[type].market[market].level);
        expectWritten(PROGRAM_TYPE_FIT[type].market[market].why, `${type}.${market}`);
      }
      for (const stage of LIFE_CYCLE_STAGES) {
        expect(FIT_LEVELS).toContain(PROGRAM_TYPE_FIT[type].stage[stage].level);
        expectWritten(PROGRAM_TYPE_FIT[type].stage[stage].why, `${type}.${stage}`);
      }
    }
  });

  it('explains every loyalty type and which types speak to it, never one type both good and poor', () => {
    for (const loyaltyType of LOYALTY_TYPES) {
      const content = LOYALTY_TYPE_CONTENT[loyaltyType];
      expectWritten(content.name, `${loyaltyType}.name`);
      expectWritten(content.what, `${loyaltyType}.what`);
      expectWritten(content.goodWhy, `${loyaltyType}.goodWhy`);
      expectWritten(content.poorWhy, `${loyaltyType}.poorWhy`);
      expect(content.good.length).toBeGreaterThan(0);
      expect(content.poor.length).toBeGreaterThan(0);
      expect(content.good.filter((type) => content.poor.includes(type))).toEqual([]);
    }
  });

  it('follows the seminar where it is explicit: price-loyal customers follow discounts, experience-loyal ones value privileges', () => {
    expect(LOYALTY_TYPE_CONTENT.price.good).toContain('discount');
    expect(LOYALTY_TYPE_CONTENT.experience.good).toEqual(expect.arrayContaining(['tiers', 'partnerPrivileges']));
    expect(LOYALTY_TYPE_CONTENT.experience.poor).toContain('discount');
  });
});
