import './shared/roi.css';
import { useMemo, type ReactNode } from 'react';
import type { StepProps } from '../../../src/workbook/contract';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { Callout } from '../../../src/ui/Callout';
import type { RoiState } from '../state';
import { scenarioResults, type ProgramInputs } from '../model';
import { scenarioOverrides } from '../scenarioDraft';
import { roiMessages } from '../messages';
import { useProgramModel } from './shared/useProgramModel';
import { roiRange, useTornado } from './shared/useTornado';
import { TornadoChart } from './sensitivity/TornadoChart';
import { ScenarioEditor } from './sensitivity/ScenarioEditor';
import { ScenarioResults } from './sensitivity/ScenarioResults';
import { Reading } from '../../../src/ui/Reading';
import { sensitivityReading } from '../reading';

/** Step 3: which assumption decides the answer, and the range the uncertain effect allows. */
export default function SensitivityStep({ state, update, presenter }: StepProps<RoiState>) {
  const t = useMessages(roiMessages);
  const model = useProgramModel(state.program);
  const intro = (
    <>
      <p className="explain">{t('sensitivity.intro')}</p>
      <p className="explain explain--detail">{t('sensitivity.introDetail')}</p>
    </>
  );
  return model.kind === 'ready' ? (
    <Sensitivity inputs={model.inputs} state={state} update={update} presenter={presenter} intro={intro} />
  ) : (
    <>
      {intro}
      <Callout tone="info">
        <p>{t('sensitivity.missing')}</p>
      </Callout>
    </>
  );
}

function Sensitivity({ inputs, state, update, presenter, intro }: { inputs: ProgramInputs; intro: ReactNode } & Pick<StepProps<RoiState>, 'state' | 'update' | 'presenter'>) {
  const t = useMessages(roiMessages);
  const format = useFormat();
  const { bars, top } = useTornado(inputs);
  const storedKey = JSON.stringify(state.scenarios);
  // Keyed on the values: the state object is new after every store change (see useProgramModel).
  const overrides = useMemo(() => scenarioOverrides(JSON.parse(storedKey) as RoiState['scenarios'], inputs), [storedKey, inputs]);
  const results = useMemo(() => scenarioResults(inputs, overrides), [inputs, overrides]);
  const range = top ? roiRange(top) : null;

  const reading = sensitivityReading(
    top && range ? { name: t(`economics.${top.key}`), range } : null,
    { pessimistic: results.pessimistic.roi, expected: results.expected.roi, optimistic: results.optimistic.roi },
    { t, money: (value) => format.money(value), signedPercent: (share) => format.signedPercent(share) },
  );

  return (
    <>
      {/* What the tornado and the scenarios say comes first; the introduction after it (presenter mode moves it below). */}
      <Reading reading={reading} />
      {intro}
      <section className="step-section" aria-labelledby="roi-tornado">
        <h3 id="roi-tornado">{t('sensitivity.tornadoTitle')}</h3>
        <TornadoChart bars={bars} presenter={presenter} />
      </section>
      <section className="step-section" aria-labelledby="roi-scenarios">
        <h3 id="roi-scenarios">{t('sensitivity.scenariosTitle')}</h3>
        <p className="explain">{t('sensitivity.scenariosIntro')}</p>
        <ScenarioEditor inputs={inputs} stored={state.scenarios} overrides={overrides} update={update} />
        <ScenarioResults results={results} horizonMonths={inputs.horizonMonths} presenter={presenter} />
      </section>
    </>
  );
}
