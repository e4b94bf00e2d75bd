import { useMemo } from 'react';
import type { ProgramInputsDraft } from '../../state';
import { programEconomics, type ProgramInputs, type ProgramResult } from '../../model';
import { programReadiness, type ProgramReadiness } from '../../programDraft';

export type ProgramModel =
  | { kind: 'ready'; inputs: ProgramInputs; result: ProgramResult }
  | Exclude<ProgramReadiness, { kind: 'ready' }>;

/**
 * The program's results for the current inputs. The state object is re-read from the store on every
 * change anywhere in the exercise (a draft, the current step), so the memo is keyed on the values,
 * not on the object's identity.
 */
export function useProgramModel(draft: ProgramInputsDraft): ProgramModel {
  const key = JSON.stringify(draft);
  return useMemo((): ProgramModel => {
    // Cast: the key is this draft, stringified two lines above (the memo is keyed on its value).
    const readiness = programReadiness(JSON.parse(key) as ProgramInputsDraft);
    return readiness.kind === 'ready' ? { ...readiness, result: programEconomics(readiness.inputs) } : readiness;
  }, [key]);
}
