import { useId } from 'react';
import type { StateUpdate } from '../../../../src/workbook/contract';
import { useMessages, useText } from '../../../../src/i18n/useI18n';
import { LIFE_CYCLE_STAGE_NAMES, LIFE_CYCLE_STAGES, MARKET_NAMES, MARKETS } from '../../../../src/results/programTypes';
import { LOYALTY_TYPES, type IncentivesState, type LoyaltyType } from '../../state';
import { LOYALTY_TYPE_CONTENT } from '../../content/loyaltyTypes';
import { typesMessages } from '../../messages/types';

interface BusinessFormProps {
  state: IncentivesState;
  update: (next: StateUpdate<IncentivesState>) => void;
}

/** The market, the life-cycle stage and the loyalty types found among the customers: what the fit is judged on. */
export function BusinessForm({ state, update }: BusinessFormProps) {
  const t = useMessages(typesMessages);
  const text = useText();
  const name = useId();
  const toggle = (loyaltyType: LoyaltyType, on: boolean) =>
    update((current) => ({
      ...current,
      // Kept in the seminar's order whatever the order of the clicks, so the export and the reasons read alike.
      loyaltyTypes: LOYALTY_TYPES.filter((type) => (type === loyaltyType ? on : current.loyaltyTypes.includes(type))),
    }));
  return (
    <section className="step-section" aria-labelledby="in-types-business">
      <h3 id="in-types-business">{t('business.title')}</h3>
      <div className="in-types-business">
        <ChoiceGroup
          legend={t('business.market')}
          name={`${name}-market`}
          options={MARKETS.map((market) => ({ value: market, label: text(MARKET_NAMES[market]) }))}
          chosen={state.market}
          choose={(market) => update((current) => ({ ...current, market }))}
        />
        <ChoiceGroup
          legend={t('business.stage')}
          name={`${name}-stage`}
          options={LIFE_CYCLE_STAGES.map((stage) => ({ value: stage, label: text(LIFE_CYCLE_STAGE_NAMES[stage]) }))}
          chosen={state.stage}
          choose={(stage) => update((current) => ({ ...current, stage }))}
        />
      </div>
      <fieldset className="in-types-choice in-types-loyalty">
        <legend>{t('business.loyalty')}</legend>
        <p className="explain">{t('business.loyaltyHint')}</p>
        <div className="in-types-loyalty-options">
          {LOYALTY_TYPES.map((loyaltyType) => {
            const content = LOYALTY_TYPE_CONTENT[loyaltyType];
            return (
              <label key={loyaltyType} className="in-types-option in-types-option--explained">
                <input type="checkbox" checked={state.loyaltyTypes.includes(loyaltyType)} onChange={(event) => toggle(loyaltyType, event.target.checked)} />
                <span>
                  <strong>{text(content.name)}</strong> <span className="in-types-what">{text(content.what)}</span>
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
    </section>
  );
}

interface ChoiceGroupProps<V extends string> {
  legend: string;
  name: string;
  options: readonly { value: V; label: string }[];
  chosen: V | null;
  choose: (value: V) => void;
}

/** One of a few: radio buttons under a legend, none checked until the participant chooses. */
function ChoiceGroup<V extends string>({ legend, name, options, chosen, choose }: ChoiceGroupProps<V>) {
  return (
    <fieldset className="in-types-choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="in-types-option">
          <input type="radio" name={name} checked={chosen === option.value} onChange={() => choose(option.value)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
