import { useMemo } from 'react';
import type { StepProps } from '../../../src/workbook/contract';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { Callout } from '../../../src/ui/Callout';
import { Reading } from '../../../src/ui/Reading';
import { checkDiscounts } from '../model/discounts';
import type { IncentivesState } from '../state';
import { discountsMessages } from '../messages/discounts';
import { mechanicsMessages } from '../messages/mechanics';
import { DiscountChart } from './mechanics/DiscountChart';
import { DiscountList } from './mechanics/DiscountList';
import { MarginField } from './mechanics/MarginField';
import { MechanicList } from './mechanics/MechanicList';
import { mechanicsReading } from './mechanics/mechanicsReading';
import './mechanics/mechanics.css';

/** Step 3: the chosen mechanics with their parameters and checks, and every discount checked against the margin. */
export default function MechanicsStep({ state, update, locale, presenter }: StepProps<IncentivesState>) {
  const tm = useMessages(mechanicsMessages);
  const td = useMessages(discountsMessages);
  const format = useFormat();
  const checked = useMemo(() => checkDiscounts(state.discounts, state.margin), [state.discounts, state.margin]);
  const reading = useMemo(() => mechanicsReading({ mechanics: state.mechanics, margin: state.margin, checked }, tm, td, format), [state.mechanics, state.margin, checked, tm, td, format]);
  const margin = state.margin;
  const chart =
    margin !== null && margin > 0 && checked.some((entry) => entry.check.kind === 'checked') ? <DiscountChart margin={margin} checked={checked} presenter={presenter} /> : null;

  return (
    <>
      <p className="explain">{tm('mechanics.intro')}</p>
      <p className="explain">{tm('mechanics.introDetail')}</p>
      <Reading reading={reading} />
      {presenter ? chart : null}
      <section className="step-section" aria-labelledby="in-mechanics-title">
        <h3 id="in-mechanics-title">{tm('mechanics.sectionTitle')}</h3>
        <MechanicList state={state} update={update} locale={locale} />
      </section>
      <section className="step-section" aria-labelledby="in-discounts-title">
        <h3 id="in-discounts-title">{td('discounts.sectionTitle')}</h3>
        <MarginField state={state} update={update} />
        {margin === null ? (
          <Callout tone="info">
            <p>{td('discounts.marginMissing')}</p>
          </Callout>
        ) : margin <= 0 ? (
          <Callout tone="warning">
            <p>{td('discounts.marginZero')}</p>
          </Callout>
        ) : null}
        <DiscountList update={update} checked={checked} />
        {presenter ? null : chart}
      </section>
    </>
  );
}
