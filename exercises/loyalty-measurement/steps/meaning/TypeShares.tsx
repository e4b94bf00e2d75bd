import { useMemo } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { Locale } from '../../../../src/i18n/locale';
import { useAutosaveForm, type Codecs } from '../../../../src/workbook/useAutosaveForm';
import { optionalNumberCodec } from '../../../../src/workbook/fieldCodecs';
import { Field } from '../../../../src/ui/Field';
import { Callout } from '../../../../src/ui/Callout';
import type { StepProps } from '../../../../src/workbook/contract';
import { LOYALTY_TYPES, type LoyaltyMeaning, type LoyaltyState, type LoyaltyType } from '../../state';
import { LOYALTY_EXERCISE_ID } from '../../inputs';
import { LOYALTY_TYPE_TEXTS } from '../../content/loyaltyTypes';
import { meaningMessages } from '../../messages/meaning';
import { typeSharesSum } from '../../model/meaning';

type Shares = Record<LoyaltyType, number | null>;
// Module level: the autosave hook keys its effects on the codecs' identity. Shares are typed as percents (35 = 35 %).
const shareCodecs = Object.fromEntries(LOYALTY_TYPES.map((type) => [type, optionalNumberCodec({ min: 0, max: 100 })])) as Codecs<Shares>; // Cast: one codec per type.

/** The estimated share of each loyalty type, with their sum: a sum off 100 % is pointed out, never blocked. */
export function TypeShares({ meaning, update, locale }: { meaning: LoyaltyMeaning; update: StepProps<LoyaltyState>['update']; locale: Locale }) {
  const t = useMessages(meaningMessages);
  const format = useFormat();
  const values = useMemo(() => ({ ...meaning.typeShares }), [meaning.typeShares]);
  const form = useAutosaveForm({
    exerciseId: LOYALTY_EXERCISE_ID,
    formId: 'meaning.typeShares',
    codecs: shareCodecs,
    values,
    onValidChange: (patch) => update((current) => ({ ...current, meaning: { ...current.meaning, typeShares: { ...current.meaning.typeShares, ...patch } } })),
  });
  const sum = typeSharesSum(meaning.typeShares);
  const sumText = sum === null ? null : format.number(sum, 2);
  return (
    <section className="step-section" aria-labelledby="lm-types-title">
      <h3 id="lm-types-title">{t('meaning.typesTitle')}</h3>
      <p className="explain">{t('meaning.typesIntro')}</p>
      <div className="lm-types">
        {LOYALTY_TYPES.map((type) => (
          <Field key={type} form={form} name={type} label={LOYALTY_TYPE_TEXTS[locale][type].name} hint={LOYALTY_TYPE_TEXTS[locale][type].description} suffix="%" />
        ))}
      </div>
      {sumText === null ? null : (
        <>
          <p className="lm-sum finding" aria-live="polite">
            {t('meaning.typesSum', { sum: sumText })}
          </p>
          {sum === 100 ? <p className="note">{t('meaning.typesSumOk')}</p> : <Callout tone="warning">{t('meaning.typesSumOff', { sum: sumText })}</Callout>}
        </>
      )}
    </section>
  );
}
