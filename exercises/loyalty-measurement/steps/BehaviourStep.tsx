import type { StepProps } from '../../../src/workbook/contract';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { Reading } from '../../../src/ui/Reading';
import type { LoyaltyState } from '../state';
import { behaviourMessages } from '../messages/behaviour';
import { useBehaviour } from './behaviour/useBehaviour';
import { behaviourReading } from './behaviour/behaviourReading';
import { BehaviourData } from './behaviour/BehaviourData';
import { BehaviourSettingsForm } from './behaviour/BehaviourSettingsForm';
import { BehaviourResults } from './behaviour/BehaviourResults';
import './behaviour/behaviour.css';

/** Step "behaviour from sales": repeat purchases, retention, cohorts, the lapsed and the ladder from the participant's sales. */
export default function BehaviourStep({ state, update, presenter }: StepProps<LoyaltyState>) {
  const t = useMessages(behaviourMessages);
  const format = useFormat();
  const { source, view, defaults } = useBehaviour(state);
  const result = view.kind === 'result' ? view.result : null;
  const data = (
    <BehaviourData
      source={source}
      view={view}
      countRowsAsPurchases={state.behaviour.countRowsAsPurchases}
      onUseDemo={() => update((current) => ({ ...current, useDemoData: true }))}
    />
  );
  // On the projector the figures come first; where they come from (the file, its import) follows them.
  return (
    <>
      {result?.kind === 'ready' ? (
        <Reading
          reading={behaviourReading(result.figures, source === 'demo', { t, percent: (share) => format.percent(share), date: (iso) => format.date(iso) })}
        />
      ) : null}
      <p className="explain">{t('behaviour.intro')}</p>
      <p className="explain explain--detail">{t('behaviour.introDetail')}</p>
      {presenter ? null : data}
      <div className={`behaviour-layout${presenter ? ' behaviour-layout--presenter' : ''}`}>
        <div className="behaviour-layout__inputs">
          <BehaviourSettingsForm state={state} update={update} defaults={defaults} />
        </div>
        <div className="behaviour-layout__results">
          {result ? <BehaviourResults result={result} lapseFactor={state.behaviour.lapseFactor} oneTimeLapseDays={state.behaviour.oneTimeLapseDays} presenter={presenter} /> : null}
        </div>
      </div>
      {presenter ? data : null}
    </>
  );
}
