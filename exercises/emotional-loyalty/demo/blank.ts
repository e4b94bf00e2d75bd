import type { EmotionalState } from '../state';

/** "Start from scratch": a shop with no journey yet. */
export function blankEmotionalState(): EmotionalState {
  return { businessType: 'shop', touchpoints: [], ideas: [], staff: {}, actions: {}, occasions: [], conclusions: { notes: '' } };
}
