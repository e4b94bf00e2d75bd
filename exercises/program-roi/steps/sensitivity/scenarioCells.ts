import { optionalNumberCodec, type FieldCodec } from '../../../../src/workbook/fieldCodecs';
import type { Codecs } from '../../../../src/workbook/useAutosaveForm';
import type { RoiState } from '../../state';
import type { ScenarioId, ScenarioOverrides } from '../../model';
import { EDITABLE_SCENARIOS, SCENARIO_PARAMS, type EditableScenario, type ScenarioParam } from '../../scenarioDraft';

/** One editable cell of the scenario table; a flat name, since react-hook-form reads dots as nesting. */
export type CellKey = `${EditableScenario}_${ScenarioParam}`;
export type CellValues = Record<CellKey, number | null>;

export const CELLS: { key: CellKey; scenario: EditableScenario; param: ScenarioParam }[] = EDITABLE_SCENARIOS.flatMap((scenario) =>
  SCENARIO_PARAMS.map((param) => ({ key: `${scenario}_${param}` as const, scenario, param })),
);

/** Limits as in state.ts, so a value the form accepts is always one the stored state accepts. */
const PARAM_CODECS: Record<ScenarioParam, FieldCodec<number | null>> = {
  participation: optionalNumberCodec({ unit: 'percent', min: 0, max: 1 }),
  frequencyUplift: optionalNumberCodec({ unit: 'percent', min: -0.99 }),
  checkUplift: optionalNumberCodec({ unit: 'percent', min: -0.99 }),
  retentionUplift: optionalNumberCodec({ unit: 'percent', min: -1, max: 1 }),
  breakage: optionalNumberCodec({ unit: 'percent', min: 0, max: 1 }),
};

// Module level: the autosave hook keys its effects on the codecs' identity.
export const cellCodecs = Object.fromEntries(CELLS.map((cell) => [cell.key, PARAM_CODECS[cell.param]])) as Codecs<CellValues>;

/** The cells as shown: stored values once edited (an emptied cell stays empty), the defaults before. */
export function cellValues(stored: RoiState['scenarios'], defaults: Record<ScenarioId, ScenarioOverrides>): CellValues {
  // Cast: Object.fromEntries loses the key type; CELLS holds one entry per key of CellValues.
  return Object.fromEntries(
    CELLS.map((cell) => [cell.key, stored ? stored[cell.scenario][cell.param] : (defaults[cell.scenario][cell.param] ?? null)]),
  ) as CellValues;
}

/** Writes edited cells into the stored scenarios. */
export function applyCells(stored: NonNullable<RoiState['scenarios']>, patch: Partial<CellValues>): NonNullable<RoiState['scenarios']> {
  const next = { pessimistic: { ...stored.pessimistic }, optimistic: { ...stored.optimistic } };
  for (const cell of CELLS) {
    const value = patch[cell.key];
    if (value !== undefined) next[cell.scenario][cell.param] = value;
  }
  return next;
}
