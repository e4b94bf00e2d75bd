import { useMemo } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { setDraft } from '../../../../src/workbook/exerciseData';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import type { StepProps } from '../../../../src/workbook/contract';
import type { RoiState } from '../../state';
import { defaultScenarios, SCENARIO_IDS, type ProgramInputs, type ScenarioId, type ScenarioOverrides } from '../../model';
import { programReadiness } from '../../programDraft';
import { SCENARIO_PARAMS, scenarioOverrides, storedScenariosFrom, type ScenarioParam } from '../../scenarioDraft';
import { roiMessages } from '../../messages';
import { applyCells, cellCodecs, cellValues, CELLS } from './scenarioCells';
import { ScenarioCell } from './ScenarioCell';
import { ScrollBox } from '../../../../src/ui/ScrollBox';

const FORM_ID = 'scenarios';

interface ScenarioEditorProps extends Pick<StepProps<RoiState>, 'update'> {
  inputs: ProgramInputs;
  stored: RoiState['scenarios'];
  overrides: Record<ScenarioId, ScenarioOverrides>;
}

/** Pessimistic and optimistic values are edited in place; the expected column is the step-2 inputs. */
export function ScenarioEditor({ inputs, stored, overrides, update }: ScenarioEditorProps) {
  const t = useMessages(roiMessages);
  const format = useFormat();
  const defaults = useMemo(() => defaultScenarios(inputs), [inputs]);
  const values = useMemo(() => cellValues(stored, defaults), [stored, defaults]);
  const form = useAutosaveForm({
    exerciseId: 'program-roi',
    formId: FORM_ID,
    codecs: cellCodecs,
    values,
    onValidChange: (patch) =>
      update((current) => {
        const readiness = programReadiness(current.program);
        if (readiness.kind !== 'ready') return current;
        // The first edit stores every cell as shown, so the untouched ones stop following the inputs.
        const base = current.scenarios ?? storedScenariosFrom(scenarioOverrides(null, readiness.inputs));
        return { ...current, scenarios: applyCells(base, patch) };
      }),
  });

  const reset = () => {
    update((current) => ({ ...current, scenarios: null }));
    // Cells holding invalid text keep it as a draft unless told otherwise; a reset clears them too.
    for (const cell of CELLS) {
      setDraft('program-roi', `${FORM_ID}.${cell.key}`, null);
      form.form.setValue(cell.key, cellCodecs[cell.key].toText(defaults[cell.scenario][cell.param] ?? null, format.locale), { shouldValidate: true });
    }
  };

  const shown = (param: ScenarioParam, value: number | undefined) => {
    if (value === undefined) return '';
    // Retention uplift is in percentage points of a share, not a relative change.
    if (param === 'retentionUplift') return `${value > 0 ? '+' : ''}${format.number(value * 100, 2)} ${t('economics.points')}`;
    return param === 'frequencyUplift' || param === 'checkUplift' ? format.signedPercent(value) : format.percent(value);
  };
  const suffix = (param: ScenarioParam) => (param === 'retentionUplift' ? t('economics.points') : '%');
  const expectedValue = (param: ScenarioParam) => shown(param, overrides.expected[param] ?? inputs[param]);

  return (
    <>
      <ScrollBox label={t('sensitivity.scenariosTitle')}>
        <table className="roi-scenarios">
          <thead>
            <tr>
              <th scope="col">{t('sensitivity.parameter')}</th>
              {SCENARIO_IDS.map((id) => (
                <th key={id} scope="col" className="number">
                  {t(`sensitivity.scenario.${id}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {SCENARIO_PARAMS.map((param) => (
              <tr key={param}>
                <th scope="row">{t(`economics.${param}`)}</th>
                {SCENARIO_IDS.map((id) =>
                  id === 'expected' ? (
                    <td key={id} className="number">
                      {expectedValue(param)}
                    </td>
                  ) : (
                    <td key={id} className="number">
                      <ScenarioCell
                        form={form}
                        name={`${id}_${param}`}
                        label={t('sensitivity.cellLabel', { scenario: t(`sensitivity.scenario.${id}`), parameter: t(`economics.${param}`) })}
                        placeholder={cellCodecs[`${id}_${param}`].toText(defaults[id][param] ?? null, format.locale)}
                        suffix={suffix(param)}
                      />
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <p className="explain explain--detail">{t('sensitivity.expectedNote')}</p>
      <div className="roi-scenarios__actions">
        <button type="button" className="button" onClick={reset} disabled={stored === null}>
          {t('sensitivity.reset')}
        </button>
      </div>
    </>
  );
}
