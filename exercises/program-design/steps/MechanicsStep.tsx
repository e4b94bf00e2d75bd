import './mechanics/mechanics.css';
import type { StepProps } from '../../../src/workbook/contract';
import { useMessages } from '../../../src/i18n/useI18n';
import { Reading } from '../../../src/ui/Reading';
import { useResult } from '../../../src/workbook/useResult';
import { incentiveMechanicsKind } from '../../../src/results/incentiveMechanics';
import { mechanicsMessages } from '../messages/mechanics';
import type { ProgramDesignState } from '../state';
import { mechanicsReading } from './mechanics/mechanicsReading';
import { IncentivesOffer } from './mechanics/IncentivesOffer';
import { MechanicsEditor } from './mechanics/MechanicsEditor';
import { RulesForm } from './mechanics/RulesForm';
import { ChannelForm } from './mechanics/ChannelForm';

/**
 * Step 2: the program's mechanics (taken from the incentives exercise on request, or chosen here, and tuned here
 * either way), the rules per topic, and what the channel partners get when the participant sells through a chain.
 */
export default function MechanicsStep({ state, update, locale }: StepProps<ProgramDesignState>) {
  const t = useMessages(mechanicsMessages);
  const read = useResult(incentiveMechanicsKind);
  return (
    <>
      <Reading reading={mechanicsReading(state, read, locale, t)} />
      <section className="step-section" aria-labelledby="pd-mech-mechanics">
        <h3 id="pd-mech-mechanics">{t('mech.mechanicsTitle')}</h3>
        <IncentivesOffer state={state} update={update} read={read} locale={locale} />
        <MechanicsEditor state={state} update={update} locale={locale} />
      </section>
      <section className="step-section" aria-labelledby="pd-mech-rules">
        <h3 id="pd-mech-rules">{t('mech.rulesTitle')}</h3>
        <RulesForm state={state} update={update} />
      </section>
      <section className="step-section" aria-labelledby="pd-mech-channel">
        <h3 id="pd-mech-channel">{t('mech.channelTitle')}</h3>
        <ChannelForm state={state} update={update} />
      </section>
    </>
  );
}
