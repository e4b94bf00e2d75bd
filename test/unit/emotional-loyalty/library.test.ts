import { describe, expect, it } from 'vitest';
import { LOCALES, type LocalizedText } from '../../../src/i18n/locale';
import { DEFAULT_JOURNEYS, IDEA_LIBRARY, OCCASION_LIBRARY, QUALITY_LIBRARY } from '../../../exercises/emotional-loyalty/content/library';
import { BUSINESS_TYPES, LADDER_STAGES } from '../../../exercises/emotional-loyalty/state';

const allTouchpoints = Object.values(DEFAULT_JOURNEYS).flat();
const touchpointIds = new Set(allTouchpoints.map((entry) => entry.id));

const duplicates = (ids: readonly string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);
const blankTexts = (texts: readonly [string, LocalizedText][]) =>
  texts.flatMap(([where, text]) => LOCALES.filter((locale) => text[locale].trim() === '').map((locale) => `${where} ${locale}`));

describe('emotional-loyalty libraries', () => {
  it('gives every business a journey of 7–10 touchpoints that climbs every rung of the ladder in order', () => {
    for (const type of BUSINESS_TYPES) {
      const journey = DEFAULT_JOURNEYS[type];
      expect(journey.length, type).toBeGreaterThanOrEqual(7);
      expect(journey.length, type).toBeLessThanOrEqual(10);
      expect(new Set(journey.map((entry) => entry.stage)), type).toEqual(new Set(LADDER_STAGES));
      const ranks = journey.map((entry) => LADDER_STAGES.indexOf(entry.stage));
      expect(ranks, type).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('has unique ids in each library', () => {
    expect(duplicates(allTouchpoints.map((entry) => entry.id))).toEqual([]);
    expect(duplicates(IDEA_LIBRARY.map((entry) => entry.id))).toEqual([]);
    expect(duplicates(QUALITY_LIBRARY.map((entry) => entry.id))).toEqual([]);
    expect(duplicates(OCCASION_LIBRARY.map((entry) => entry.id))).toEqual([]);
  });

  it('holds at least 30 ideas, each suited to touchpoints that exist, with a first guess on the 1–5 scale', () => {
    expect(IDEA_LIBRARY.length).toBeGreaterThanOrEqual(30);
    for (const idea of IDEA_LIBRARY) {
      expect(idea.touchpoints.filter((id) => !touchpointIds.has(id)), idea.id).toEqual([]);
      expect(idea.touchpoints.length, idea.id).toBeGreaterThan(0);
      expect(idea.stages.length, idea.id).toBeGreaterThan(0);
      for (const rating of [idea.cost, idea.effect]) {
        expect(Number.isInteger(rating) && rating >= 1 && rating <= 5, `${idea.id} ${rating}`).toBe(true);
      }
    }
  });

  it('suggests at least one idea written for every touchpoint of every default journey', () => {
    const covered = new Set(IDEA_LIBRARY.flatMap((idea) => idea.touchpoints));
    expect(allTouchpoints.filter((entry) => !covered.has(entry.id)).map((entry) => entry.id)).toEqual([]);
  });

  it('has about a dozen staff qualities and dated occasions for every business', () => {
    expect(QUALITY_LIBRARY.length).toBeGreaterThanOrEqual(12);
    for (const occasion of OCCASION_LIBRARY) {
      expect(occasion.monthDay, occasion.id).toMatch(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
      expect(occasion.businesses.length, occasion.id).toBeGreaterThan(0);
    }
    for (const type of BUSINESS_TYPES) expect(OCCASION_LIBRARY.filter((occasion) => occasion.businesses.includes(type)).length, type).toBeGreaterThanOrEqual(5);
  });

  it('writes every text in Russian, English and Chinese', () => {
    const texts: [string, LocalizedText][] = [
      ...allTouchpoints.map((entry): [string, LocalizedText] => [entry.id, entry.name]),
      ...IDEA_LIBRARY.flatMap((entry): [string, LocalizedText][] => [
        [`${entry.id} title`, entry.title],
        [`${entry.id} description`, entry.description],
      ]),
      ...QUALITY_LIBRARY.map((entry): [string, LocalizedText] => [entry.id, entry.name]),
      ...OCCASION_LIBRARY.map((entry): [string, LocalizedText] => [entry.id, entry.name]),
    ];
    expect(blankTexts(texts)).toEqual([]);
    // Chinese texts are Chinese, not a copied Russian or English line.
    expect(texts.filter(([, text]) => !/[\u4e00-\u9fff]/.test(text.zh)).map(([where]) => where)).toEqual([]);
    expect(texts.filter(([, text]) => !/[а-яё]/i.test(text.ru)).map(([where]) => where)).toEqual([]);
  });
});
