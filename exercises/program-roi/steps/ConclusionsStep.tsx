import './shared/roi.css';
import type { StepProps } from '../../../src/workbook/contract';
import { useMessages } from '../../../src/i18n/useI18n';
import type { RoiState } from '../state';
import { roiMessages } from '../messages';
import { KeySummary } from './conclusions/KeySummary';
import { DecisionForm } from './conclusions/DecisionForm';

/** Step 4: the participant's decision and reasoning, beside the figures it rests on. */
export default function ConclusionsStep({ state, update }: StepProps<RoiState>) {
  const t = useMessages(roiMessages);
  return (
    <>
      <p className="explain">{t('conclusions.intro')}</p>
      <section className="step-section" aria-labelledby="roi-summary">
        <h3 id="roi-summary">{t('conclusions.summaryTitle')}</h3>
        <KeySummary program={state.program} />
      </section>
      <section className="step-section" aria-labelledby="roi-decision">
        <h3 id="roi-decision">{t('conclusions.decisionTitle')}</h3>
        <DecisionForm state={state} update={update} />
      </section>
    </>
  );
}
