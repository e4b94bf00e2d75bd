import { describe, expect, it } from 'vitest';
import { segmentLabel } from '../../../exercises/loyalty-measurement/content/segments';

describe('segment names', () => {
  it('names the demo retailer’s codes in the interface’s language', () => {
    expect(segmentLabel('online', 'ru', true)).toBe('Интернет-магазин');
    expect(segmentLabel('corporate', 'zh', true)).toBe('企业客户');
  });

  it('shows a participant’s own segment as written, even one spelled like a demo code', () => {
    expect(segmentLabel('online', 'ru', false)).toBe('online');
    expect(segmentLabel('Опт', 'en', false)).toBe('Опт');
  });
});
