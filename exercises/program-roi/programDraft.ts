import type { ProgramInputsDraft } from './state';
// The model's own module, not its barrel: progress on the home page reads this, and the barrel brings the charts' models.
import { validateProgramInputs, type ProgramInputIssue, type ProgramInputs } from './model/programEconomics';

/**
 * What the steps and the export can compute from the participant's draft: the model needs every input,
 * so until all are entered (and within range) the UI lists what to fix instead of computing with zeros.
 */
export type ProgramReadiness =
  | { kind: 'ready'; inputs: ProgramInputs }
  | { kind: 'missing'; fields: (keyof ProgramInputs)[] }
  | { kind: 'invalid'; issues: ProgramInputIssue[] };

// Does not compile if the form's fields and the model's inputs drift apart (the cast below relies on it).
const sameKeys: [keyof ProgramInputs] extends [keyof ProgramInputsDraft]
  ? [keyof ProgramInputsDraft] extends [keyof ProgramInputs] ? true : false
  : false = true;
void sameKeys;

export function programReadiness(draft: ProgramInputsDraft): ProgramReadiness {
  // Cast: Object.keys loses the key type; the draft is validated by its schema before it gets here.
  const fields = (Object.keys(draft) as (keyof ProgramInputsDraft)[]).filter((key) => draft[key] === null);
  if (fields.length > 0) return { kind: 'missing', fields };
  // Every value is a number here; the cast only drops the `| null` that the filter above has excluded.
  const inputs = draft as ProgramInputs;
  const issues = validateProgramInputs(inputs);
  return issues.length > 0 ? { kind: 'invalid', issues } : { kind: 'ready', inputs };
}
