import { roiStateSchema, type RoiState, type ScenarioDraft } from './state';
import { defaultScenarios, type ProgramInputs, type ScenarioId, type ScenarioOverrides } from './model';

/** The expected scenario is the step-2 inputs themselves; only these two are edited. */
export const EDITABLE_SCENARIOS = ['pessimistic', 'optimistic'] as const;
export type EditableScenario = (typeof EDITABLE_SCENARIOS)[number];

/** What a scenario may change, in the order of the step-2 form. */
export const SCENARIO_PARAMS = ['participation', 'frequencyUplift', 'checkUplift', 'retentionUplift', 'breakage'] as const satisfies readonly (keyof ScenarioDraft & keyof ScenarioOverrides)[];
export type ScenarioParam = (typeof SCENARIO_PARAMS)[number];

/**
 * The scenarios to compute: the stored ones where the participant has entered a value, the model's
 * defaults (derived from the inputs) elsewhere, so a cleared cell falls back to its default, not to zero.
 */
export function scenarioOverrides(stored: RoiState['scenarios'], inputs: ProgramInputs): Record<ScenarioId, ScenarioOverrides> {
  const defaults = defaultScenarios(inputs);
  const merged = (id: EditableScenario): ScenarioOverrides => {
    const overrides: ScenarioOverrides = { ...defaults[id] };
    for (const param of SCENARIO_PARAMS) {
      const value = stored?.[id][param] ?? null;
      if (value !== null) overrides[param] = value;
    }
    return overrides;
  };
  return { pessimistic: merged('pessimistic'), expected: {}, optimistic: merged('optimistic') };
}

/** The full object stored on the first edit: every cell as shown, so later input changes do not move it. */
export function storedScenariosFrom(overrides: Record<ScenarioId, ScenarioOverrides>): NonNullable<RoiState['scenarios']> {
  return { pessimistic: storable(overrides.pessimistic), optimistic: storable(overrides.optimistic) };
}

const scenarioShape = roiStateSchema.shape.scenarios.def.innerType.shape.pessimistic.shape;

/**
 * A default can leave the stored range (1.5 × a −90 % uplift is −135 %), and one value the schema
 * rejects would make the whole exercise state unreadable on the next load: such a cell is stored
 * empty, and the computation falls back to the default for it.
 */
function storable(overrides: ScenarioOverrides): ScenarioDraft {
  const cell = (param: ScenarioParam): number | null => {
    const parsed = scenarioShape[param].safeParse(overrides[param] ?? null);
    return parsed.success ? parsed.data : null;
  };
  return {
    participation: cell('participation'),
    frequencyUplift: cell('frequencyUplift'),
    checkUplift: cell('checkUplift'),
    retentionUplift: cell('retentionUplift'),
    breakage: cell('breakage'),
  };
}
