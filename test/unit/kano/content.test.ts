import { describe, expect, it } from 'vitest';
import { EXAMPLE_FEATURE_SETS, featureText, findExampleFeature, segmentLabel } from '../../../exercises/kano/content';

describe('content the Kano steps show', () => {
  it('names the two named segments in the reader’s language and shows any other segment as written', () => {
    expect(segmentLabel('regular', 'ru')).toBe('Постоянные покупатели');
    expect(segmentLabel('new', 'zh')).toBe('新顾客');
    expect(segmentLabel('Постоянные', 'en')).toBe('Постоянные');
    expect(segmentLabel('constructor', 'en')).toBe('constructor');
  });

  it('shows an untouched example feature in the reader’s language and an edited one as edited', () => {
    const cashless = { name: 'Оплата картой и телефоном на всех кассах', description: '', exampleRef: { set: 'retail', key: 'cashless' } };
    expect(featureText(cashless, 'en').name).toBe('Card and phone payment at every till');
    expect(featureText({ ...cashless, name: 'Своё название', exampleRef: null }, 'en')).toEqual({ name: 'Своё название', description: '' });
    expect(findExampleFeature('retail', 'no-such-feature')).toBeUndefined();
    expect(EXAMPLE_FEATURE_SETS.map((set) => set.id)).toEqual(['retail', 'b2b-distribution', 'car-service']);
  });
});
