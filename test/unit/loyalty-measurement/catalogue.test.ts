import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/locale';
import { METRIC_FACTS, METRIC_TEXTS } from '../../../exercises/loyalty-measurement/content/catalogue';
import { DEFINITION_SUGGESTIONS, LADDER_STAGE_TEXTS, LOYALTY_TYPE_TEXTS } from '../../../exercises/loyalty-measurement/content/loyaltyTypes';
import { LADDER_STAGES, LOYALTY_TYPES, LOYALTY_VIEWS, METRIC_IDS } from '../../../exercises/loyalty-measurement/state';

const TEXT_FIELDS = ['name', 'shows', 'limits', 'source', 'method', 'owner'] as const;

describe('the metric catalogue', () => {
  it.each(LOCALES)('has every text of every metric in %s', (locale) => {
    expect(Object.keys(METRIC_TEXTS[locale]).sort()).toEqual([...METRIC_IDS].sort());
    for (const metric of METRIC_IDS) {
      for (const field of TEXT_FIELDS) expect(METRIC_TEXTS[locale][metric][field].trim(), `${locale} ${metric}.${field}`).not.toBe('');
    }
  });

  it('names no two metrics alike in one language', () => {
    for (const locale of LOCALES) {
      const names = METRIC_IDS.map((metric) => METRIC_TEXTS[locale][metric].name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('gives every metric a unit, a direction and a range its direction can use', () => {
    expect(Object.keys(METRIC_FACTS).sort()).toEqual([...METRIC_IDS].sort());
    for (const metric of METRIC_IDS) {
      const { unit, range } = METRIC_FACTS[metric];
      if (unit === 'percent') expect(range, metric).toEqual([0, 100]);
    }
    expect(METRIC_FACTS.nps.range).toEqual([-100, 100]);
    expect(METRIC_FACTS.churn.direction).toBe('lower');
    // The survey asks how easy it was, 7 = very easy (content/questionnaire.ts): more is better, as for NPS.
    expect(METRIC_FACTS.ces.direction).toBe('higher');
    expect(METRIC_FACTS.complaintRate.direction).toBe('lower');
  });

  it.each(LOCALES)('has every loyalty type, ladder stage and definition suggestion in %s', (locale) => {
    for (const type of LOYALTY_TYPES) {
      expect(LOYALTY_TYPE_TEXTS[locale][type].name.trim()).not.toBe('');
      expect(LOYALTY_TYPE_TEXTS[locale][type].description.trim()).not.toBe('');
    }
    for (const stage of LADDER_STAGES) {
      for (const field of ['name', 'description', 'strategy'] as const) expect(LADDER_STAGE_TEXTS[locale][stage][field].trim()).not.toBe('');
    }
    for (const view of LOYALTY_VIEWS) expect(DEFINITION_SUGGESTIONS[locale][view].trim()).not.toBe('');
  });

  it('writes Chinese texts in Chinese, not in Russian', () => {
    const cyrillic = /[\u0400-\u04ff]/;
    for (const metric of METRIC_IDS) for (const field of TEXT_FIELDS) expect(METRIC_TEXTS.zh[metric][field]).not.toMatch(cyrillic);
    for (const stage of LADDER_STAGES) expect(LADDER_STAGE_TEXTS.zh[stage].strategy).not.toMatch(cyrillic);
  });
});
