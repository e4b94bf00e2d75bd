import { useMemo } from 'react';
import type { Locale } from '../../../../src/i18n/locale';
import { INTL_TAG } from '../../../../src/i18n/locale';
import { PROGRAM_TYPE_NAMES } from '../../../../src/results/programTypes';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Field } from '../../../../src/ui/Field';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { optionalNumberCodec, textCodec } from '../../../../src/workbook/fieldCodecs';
import { mechanicsMessages } from '../../messages/mechanics';
import { PROGRAM_DESIGN_EXERCISE_ID, type DesignMechanic } from '../../state';

// Module level: the autosave hook keys its effects on the codecs' identity. Limits as the state's schema has them.
const parameterCodecs = {
  rewardRate: optionalNumberCodec({ unit: 'percent', min: 0, max: 1 }),
  threshold: optionalNumberCodec({ unit: 'money', min: 0 }),
  expiryMonths: optionalNumberCodec({ min: 0, max: 120, integer: true }),
  rules: textCodec({ maxLength: 10000 }),
};
type Parameters = Pick<DesignMechanic, 'rewardRate' | 'threshold' | 'expiryMonths' | 'rules'>;

interface MechanicCardProps {
  mechanic: DesignMechanic;
  number: number;
  first: boolean;
  last: boolean;
  locale: Locale;
  onChange: (patch: Partial<Parameters>) => void;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
}

/** The chosen currency's sign for the threshold's suffix; its code when the language has no sign for it. */
function useCurrencySign(): string {
  const { locale, currency } = useFormat();
  try {
    return new Intl.NumberFormat(INTL_TAG[locale], { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).formatToParts(0).find((part) => part.type === 'currency')?.value ?? currency;
  } catch {
    return currency;
  }
}

/** One mechanic: its type, the parameters as the incentives exercise asks them (saved on every keystroke), its place. */
export function MechanicCard({ mechanic, number, first, last, locale, onChange, onMove, onDelete }: MechanicCardProps) {
  const t = useMessages(mechanicsMessages);
  const currency = useCurrencySign();
  const name = PROGRAM_TYPE_NAMES[mechanic.type][locale];
  const values = useMemo(
    () => ({ rewardRate: mechanic.rewardRate, threshold: mechanic.threshold, expiryMonths: mechanic.expiryMonths, rules: mechanic.rules }),
    [mechanic.rewardRate, mechanic.threshold, mechanic.expiryMonths, mechanic.rules],
  );
  const form = useAutosaveForm<Parameters>({
    exerciseId: PROGRAM_DESIGN_EXERCISE_ID,
    formId: `mechanic.${mechanic.id}`,
    codecs: parameterCodecs,
    values,
    onValidChange: onChange,
  });
  const titled = `${name} (${number})`;
  return (
    <article className="pd-mech-card" aria-labelledby={`pd-mech-${mechanic.id}`}>
      <div className="pd-mech-card__head">
        <h5 id={`pd-mech-${mechanic.id}`} className="pd-mech-card__title">
          {t('mech.cardTitle', { n: number, type: name })}
        </h5>
        <div className="pd-mech-card__actions no-print">
          <button type="button" className="button button--quiet" disabled={first} aria-label={t('mech.moveUpLabel', { name: titled })} onClick={() => onMove(-1)}>
            {t('mech.moveUp')}
          </button>
          <button type="button" className="button button--quiet" disabled={last} aria-label={t('mech.moveDownLabel', { name: titled })} onClick={() => onMove(1)}>
            {t('mech.moveDown')}
          </button>
          <button type="button" className="button button--quiet button--danger" aria-label={t('mech.deleteLabel', { name: titled })} onClick={onDelete}>
            {t('mech.delete')}
          </button>
        </div>
      </div>
      <div className="fields">
        <Field form={form} name="rewardRate" label={t('mech.rewardRate')} hint={t('mech.rewardRateHint')} suffix="%" />
        <Field form={form} name="threshold" label={t('mech.threshold')} hint={t('mech.thresholdHint')} suffix={currency} />
        <Field form={form} name="expiryMonths" label={t('mech.expiry')} hint={t('mech.expiryHint')} suffix={t('mech.months')} />
        <Field form={form} name="rules" label={t('mech.rules')} hint={t('mech.rulesHint')} multiline rows={3} />
      </div>
    </article>
  );
}
