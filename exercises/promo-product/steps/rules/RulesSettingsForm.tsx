import { useId } from 'react';
import { Field } from '../../../../src/ui/Field';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { numberCodec } from '../../../../src/workbook/fieldCodecs';
import type { StepProps } from '../../../../src/workbook/contract';
import { MAX_RULE_LENGTH, type PromoProductState, type RuleSettings } from '../../state';
import { PROMO_EXERCISE_ID } from '../../inputs';
import { rulesMessages } from '../../messages/rules';

// Module level: the autosave hook keys its effects on the codecs' identity. Limits follow state.ts: support must be
// above 0 (0 % would make every combination of products "frequent" and never finish).
const codecs = {
  minSupport: numberCodec({ min: 0.01, max: 100 }),
  minConfidence: numberCodec({ min: 0, max: 100 }),
  minLift: numberCodec({ min: 0, max: 1000 }),
  sequenceDays: numberCodec({ unit: 'count', min: 1, max: 365, integer: true }),
};

const LENGTHS = Array.from({ length: MAX_RULE_LENGTH - 1 }, (_, index) => index + 2);

type Props = Pick<StepProps<PromoProductState>, 'state' | 'update'> & {
  /** Receipts a rule needs at the current support; null until the receipts are counted. */
  minCount: number | null;
  /** The file has customers and dates: the "bought next" window matters. */
  sequences: boolean;
};

export function RulesSettingsForm({ state, update, minCount, sequences }: Props) {
  const t = useMessages(rulesMessages);
  const format = useFormat();
  const settings = state.rules;
  const change = (patch: Partial<RuleSettings>) => update((current) => ({ ...current, rules: { ...current.rules, ...patch } }));
  const form = useAutosaveForm<Pick<RuleSettings, 'minSupport' | 'minConfidence' | 'minLift' | 'sequenceDays'>>({
    exerciseId: PROMO_EXERCISE_ID,
    formId: 'rules',
    codecs,
    values: { minSupport: settings.minSupport, minConfidence: settings.minConfidence, minLift: settings.minLift, sequenceDays: settings.sequenceDays },
    onValidChange: change,
  });
  const lengthId = useId();
  const redundantHint = useId();
  return (
    <fieldset className="fieldset pp-rules-settings">
      <legend>{t('rules.settings.title')}</legend>
      <div className="fields">
        <Field
          form={form}
          name="minSupport"
          label={t('rules.minSupport')}
          hint={minCount === null ? t('rules.minSupportHintNoData') : t('rules.minSupportHint', { count: format.integer(minCount) })}
          suffix={t('rules.suffix.percent')}
        />
        <Field form={form} name="minConfidence" label={t('rules.minConfidence')} hint={t('rules.minConfidenceHint')} suffix={t('rules.suffix.percent')} />
        <Field form={form} name="minLift" label={t('rules.minLift')} hint={t('rules.minLiftHint')} />
        <div className="field">
          <label htmlFor={lengthId} className="field__label">
            {t('rules.maxLength')}
          </label>
          <div className="field__control">
            <select id={lengthId} value={settings.maxLength} aria-describedby={`${lengthId}-hint`} onChange={(event) => change({ maxLength: Number(event.target.value) })}>
              {LENGTHS.map((length) => (
                <option key={length} value={length}>
                  {t('rules.maxLength.option', { count: length })}
                </option>
              ))}
            </select>
          </div>
          <p id={`${lengthId}-hint`} className="field__hint">
            {t('rules.maxLengthHint')}
          </p>
        </div>
        {sequences ? <Field form={form} name="sequenceDays" label={t('rules.sequenceDays')} hint={t('rules.sequenceDaysHint')} suffix={t('rules.suffix.days')} /> : null}
      </div>
      <label className="pp-rules-check">
        <input type="checkbox" checked={settings.hideRedundant} aria-describedby={redundantHint} onChange={(event) => change({ hideRedundant: event.target.checked })} />
        {t('rules.hideRedundant')}
      </label>
      <p id={redundantHint} className="field__hint">
        {t('rules.hideRedundantHint')}
      </p>
    </fieldset>
  );
}
