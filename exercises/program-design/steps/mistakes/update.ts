import type { Mistake, MistakeAnswer, ProgramDesignState } from '../../state';

/** The state with one mistake's mark or note changed; the other half of its answer is kept. */
export function withMistake(state: ProgramDesignState, mistake: Mistake, patch: Partial<MistakeAnswer>): ProgramDesignState {
  const current = state.mistakes[mistake] ?? { status: null, note: '' };
  return { ...state, mistakes: { ...state.mistakes, [mistake]: { ...current, ...patch } } };
}
