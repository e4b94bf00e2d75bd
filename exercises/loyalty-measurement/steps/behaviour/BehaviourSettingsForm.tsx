import { useId } from 'react';
import { DateField } from '../../../../src/ui/date/DateField';
import { Field } from '../../../../src/ui/Field';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { isOneOf } from '../../../../src/data/oneOf';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { numberCodec } from '../../../../src/workbook/fieldCodecs';
import type { StepProps } from '../../../../src/workbook/contract';
import { RETENTION_PERIODS, type BehaviourSettings, type LoyaltyState } from '../../state';
import { LOYALTY_EXERCISE_ID } from '../../inputs';
import { type DayRange } from '../../model/behaviour';
import { suggestedRetentionPeriod } from '../../model/recommend';
import { behaviourMessages } from '../../messages/behaviour';

// Module level: the autosave hook keys its effects on the codecs' identity. Limits follow state.ts.
const thresholdCodecs = {
  lapseFactor: numberCodec({ min: 1, max: 20 }),
  oneTimeLapseDays: numberCodec({ unit: 'count', min: 1, max: 3650, integer: true }),
};

type Props = Pick<StepProps<LoyaltyState>, 'state' | 'update'> & {
  /** The window an empty field stands for (the data's whole months); null while unknown. */
  defaults: DayRange | null;
};

export function BehaviourSettingsForm({ state, update, defaults }: Props) {
  const t = useMessages(behaviourMessages);
  const format = useFormat();
  const settings = state.behaviour;
  const change = (patch: Partial<BehaviourSettings>) => update((current) => ({ ...current, behaviour: { ...current.behaviour, ...patch } }));
  const form = useAutosaveForm<Pick<BehaviourSettings, 'lapseFactor' | 'oneTimeLapseDays'>>({
    exerciseId: LOYALTY_EXERCISE_ID,
    formId: 'behaviour',
    codecs: thresholdCodecs,
    values: { lapseFactor: settings.lapseFactor, oneTimeLapseDays: settings.oneTimeLapseDays },
    onValidChange: change,
  });
  const suggested = suggestedRetentionPeriod(state.business);
  const periodId = useId();
  const countRowsHint = useId();
  const dataDate = (iso: string) => format.date(iso);

  return (
    <fieldset className="fieldset">
      <legend>{t('behaviour.settings.title')}</legend>
      <div className="fields">
        <WindowDate label={t('behaviour.windowFrom')} hint={defaults ? t('behaviour.windowFromHint', { date: dataDate(defaults.from) }) : t('behaviour.windowFromHintNoData')} value={settings.windowFrom} onChange={(windowFrom) => change({ windowFrom })} />
        <WindowDate label={t('behaviour.windowTo')} hint={defaults ? t('behaviour.windowToHint', { date: dataDate(defaults.to) }) : t('behaviour.windowToHintNoData')} value={settings.windowTo} onChange={(windowTo) => change({ windowTo })} />
        <div className="field">
          <label htmlFor={periodId} className="field__label">
            {t('behaviour.period')}
          </label>
          <div className="field__control">
            <select
              id={periodId}
              value={settings.period ?? ''}
              aria-describedby={`${periodId}-hint`}
              onChange={(event) => change({ period: isOneOf(RETENTION_PERIODS, event.target.value) ? event.target.value : null })}
            >
              <option value="">{t('behaviour.period.suggested', { period: t(`behaviour.period.${suggested}`) })}</option>
              {RETENTION_PERIODS.map((period) => (
                <option key={period} value={period}>
                  {t(`behaviour.period.${period}`)}
                </option>
              ))}
            </select>
          </div>
          <p id={`${periodId}-hint`} className="field__hint">
            {t('behaviour.periodHint')}
          </p>
        </div>
        <Field form={form} name="lapseFactor" label={t('behaviour.lapseFactor')} hint={t('behaviour.lapseFactorHint')} suffix={t('behaviour.lapseFactorSuffix')} />
        <Field form={form} name="oneTimeLapseDays" label={t('behaviour.oneTimeLapseDays')} hint={t('behaviour.oneTimeLapseDaysHint')} suffix={t('behaviour.oneTimeLapseDaysSuffix')} />
      </div>
      <label className="behaviour-check">
        <input type="checkbox" checked={settings.countRowsAsPurchases} aria-describedby={countRowsHint} onChange={(event) => change({ countRowsAsPurchases: event.target.checked })} />
        {t('behaviour.countRows')}
      </label>
      <p id={countRowsHint} className="field__hint">
        {t('behaviour.countRowsHint')}
      </p>
    </fieldset>
  );
}

/** A window end, typed in the app's language or picked in the calendar; stored as 'yyyy-mm-dd', empty for the data's own end. */
function WindowDate({ label, hint, value, onChange }: { label: string; hint: string; value: string | null; onChange: (value: string | null) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="field__control">
        <DateField id={id} value={value} aria-describedby={`${id}-hint`} onChange={onChange} />
      </div>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
    </div>
  );
}
