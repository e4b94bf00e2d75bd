import type { StepProps } from '../../../src/workbook/contract';
import { useMessages } from '../../../src/i18n/useI18n';
import type { RoiState } from '../state';
import { roiMessages } from '../messages';
import { StepLayout } from './shared/StepLayout';
import { ProgramNotReady } from './shared/ProgramNotReady';
import { useProgramModel } from './shared/useProgramModel';
import { ProgramInputsForm } from './economics/ProgramInputsForm';
import { ProgramResults } from './economics/ProgramResults';
import { CostBreakdown } from './economics/CostBreakdown';
import { CumulativeChart } from './economics/CumulativeChart';
import { ProgramReading } from './shared/ProgramReading';
import { ProgramSourceNote } from './economics/ProgramSourceNote';

/** Step 2: what the program earns, what it costs, and when it pays back. */
export default function EconomicsStep({ state, update, presenter }: StepProps<RoiState>) {
  const t = useMessages(roiMessages);
  const model = useProgramModel(state.program);
  return (
    <>
      {model.kind === 'ready' ? <ProgramReading inputs={model.inputs} result={model.result} /> : null}
      <ProgramSourceNote state={state} update={update} />
      <p className="explain">{t('economics.intro')}</p>
      <p className="explain explain--detail">{t('economics.introDetail')}</p>
      <StepLayout
        presenter={presenter}
        inputs={<ProgramInputsForm state={state} update={update} />}
        results={
          <section className="step-section" aria-labelledby="roi-economics-results">
            <h3 id="roi-economics-results">{t('results.title')}</h3>
            {model.kind === 'ready' ? (
              <>
                <ProgramResults inputs={model.inputs} result={model.result} />
                <CumulativeChart result={model.result} presenter={presenter} />
                <CostBreakdown result={model.result} horizonMonths={model.inputs.horizonMonths} />
              </>
            ) : (
              <ProgramNotReady readiness={model} />
            )}
          </section>
        }
      />
    </>
  );
}
