import './shared/roi.css';
import type { StepProps } from '../../../src/workbook/contract';
import { useMessages } from '../../../src/i18n/useI18n';
import type { RoiState } from '../state';
import type { MeasuredEffect } from '../reading';
import { roiMessages } from '../messages';
import { KeySummary } from './conclusions/KeySummary';
import { DecisionForm } from './conclusions/DecisionForm';
import { useMeasuredEffect } from './conclusions/useMeasuredEffect';
import { useEvaluationInputs } from './evaluation/useEvaluationData';

/**
 * Step 5: the participant's decision and reasoning, beside the figures it rests on: the forecast, and the effect
 * measured on their own sales once they are loaded (the demo shop stands in for no one's facts, so it is not shown).
 */
export default function ConclusionsStep(props: StepProps<RoiState>) {
  const inputs = useEvaluationInputs(props.state.evaluation.memberSource);
  return inputs.source === 'imported' ? <WithSales {...props} /> : <Conclusions {...props} measured={null} />;
}

function WithSales(props: StepProps<RoiState>) {
  return <Conclusions {...props} measured={useMeasuredEffect(props.state)} />;
}

function Conclusions({ state, update, measured }: StepProps<RoiState> & { measured: MeasuredEffect | null }) {
  const t = useMessages(roiMessages);
  return (
    <>
      <section className="step-section" aria-labelledby="roi-summary">
        <h3 id="roi-summary">{t('conclusions.summaryTitle')}</h3>
        <KeySummary program={state.program} measured={measured} />
      </section>
      <p className="explain">{t('conclusions.intro')}</p>
      <section className="step-section" aria-labelledby="roi-decision">
        <h3 id="roi-decision">{t('conclusions.decisionTitle')}</h3>
        <DecisionForm state={state} update={update} />
      </section>
    </>
  );
}
