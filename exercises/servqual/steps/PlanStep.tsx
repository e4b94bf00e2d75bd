import './servqual.css';
import { useMemo } from 'react';
import type { StepProps } from '../../../src/workbook/contract';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { Callout } from '../../../src/ui/Callout';
import { analyseWave, priorityOrder } from '../model';
import type { PlanTarget, ServqualState } from '../state';
import { servqualMessages } from '../messages';
import { uiMessages } from './messages';
import { PlanTable } from './plan/PlanTable';
import { withPlanChange, type PlanChange } from './plan/planEntries';
import { NoWaves } from './shared/NoWaves';
import { usePrintArea } from './shared/PrintArea';
import { useWaveData } from './shared/useWaveData';
import { useSelectedWave } from './shared/selectedWave';
import { useSurveySettings } from './shared/useSurvey';
import { useWaveLabel, WavePicker } from './shared/WavePicker';
import { Pending } from '../../../src/ui/Pending';

/** Step 5: what to improve first, and who does what by when. */
export default function PlanStep({ state, update, locale, presenter }: StepProps<ServqualState>) {
  const t = useMessages(servqualMessages);
  const ui = useMessages(uiMessages);
  const format = useFormat();
  const waveLabel = useWaveLabel();
  const waves = useWaveData(state);
  const { selected, select } = useSelectedWave(waves);
  const settings = useSurveySettings(state.questionnaire);
  const responses = selected?.responses ?? null;
  const order = useMemo(() => {
    if (!responses) return null;
    const analysis = analyseWave(responses, settings);
    return analysis.kind === 'ok' ? priorityOrder(analysis) : analysis;
  }, [responses, settings]);
  const printing = usePrintArea();

  if (selected === null || order === null) return <NoWaves update={update} />;
  const change = (target: PlanTarget, patch: PlanChange) => update((current) => ({ ...current, plan: withPlanChange(current.plan, target, patch) }));

  return (
    <div className={`sq-step${presenter ? ' sq-step--presenter' : ''}`}>
      <p className="explain">{t('priority.intro')}</p>
      <WavePicker waves={waves} selected={selected} onSelect={select} />
      {selected.loading ? (
        <Pending className="">{ui('answers.loading')}</Pending>
      ) : 'kind' in order ? (
        <Callout tone="info" title={t(`notEnoughData.${order.reason}`)}>
          <p>{ui('results.notEnoughHint')}</p>
        </Callout>
      ) : (
        <section className="step-section" aria-labelledby="sq-plan-title">
          <h3 id="sq-plan-title">{t('priority.title')}</h3>
          <p className="note">{t(order.basis === 'weighted' ? 'priority.basis.weighted' : 'priority.basis.unweighted')}</p>
          <div className="sq-actions">
            <button type="button" className="button" onClick={printing.print}>
              {ui('plan.print')}
            </button>
          </div>
          <div className="sq-plan-screen">
            <PlanTable order={order} plan={state.plan} questionnaire={state.questionnaire} locale={locale} onChange={change} />
          </div>
          {/* The printed report shows what was written as text: boxes on paper would cut a long action off. */}
          <div className="sq-plan-paper">
            <PlanTable order={order} plan={state.plan} questionnaire={state.questionnaire} locale={locale} onChange={null} />
          </div>
          {printing.layer(
            <article className="sq-plan-print">
              <h2>{ui('plan.printTitle', { wave: `${waveLabel(selected)} · ${format.date(selected.wave.date)}` })}</h2>
              <p>{t(order.basis === 'weighted' ? 'priority.basis.weighted' : 'priority.basis.unweighted')}</p>
              <PlanTable order={order} plan={state.plan} questionnaire={state.questionnaire} locale={locale} onChange={null} />
            </article>,
          )}
        </section>
      )}
    </div>
  );
}
