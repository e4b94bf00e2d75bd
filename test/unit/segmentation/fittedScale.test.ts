import { describe, expect, it } from 'vitest';
import { fittedScale } from '../../../exercises/segmentation/steps/profiles/fittedScale';

// Every character 6 px wide; "-100%" is 30 px, and a tick takes its label and 8 px.
const measure = (text: string) => text.length * 6;
const label = (value: number) => `${Math.round(value * 100)}%`;

describe('a number axis fitted to its plot', () => {
  it('keeps the five round steps where their labels fit, and takes fewer where they do not', () => {
    // −83 % … +61 %: steps of 0.5 give five ticks, 5 × 38 = 190 px.
    expect(fittedScale(-0.83, 0.61, label, measure, 400).ticks).toEqual([-1, -0.5, 0, 0.5, 1]);
    // In 170 px only steps of 1 fit: three ticks, 114 px.
    expect(fittedScale(-0.83, 0.61, label, measure, 170).ticks).toEqual([-1, 0, 1]);
  });
});
