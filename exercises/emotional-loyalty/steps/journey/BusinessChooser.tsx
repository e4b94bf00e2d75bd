import { useState } from 'react';
import { isOneOf } from '../../../../src/data/oneOf';
import { useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { ConfirmDialog } from '../../../../src/ui/ConfirmDialog';
import type { StepProps } from '../../../../src/workbook/contract';
import { journeyMessages } from '../../messages/journey';
import { replaceJourney } from '../../model/journey';
import { BUSINESS_TYPES, type BusinessType, type EmotionalState } from '../../state';
import { useEmotionalNames } from '../shared/useNames';

type Props = Pick<StepProps<EmotionalState>, 'state' | 'update'>;

/**
 * The business type, and the default journey that comes with it. A journey the participant already has is
 * replaced only after a question that says what goes with it; they may also change the type and keep their
 * touchpoints. The distributor's worked example replaces the whole exercise, after a question too.
 */
export function BusinessChooser({ state, update }: Props) {
  const t = useMessages(journeyMessages);
  const names = useEmotionalNames();
  const locale = useLocale();
  const [pending, setPending] = useState<BusinessType | null>(null);
  const [askExample, setAskExample] = useState(false);
  const [exampleFailed, setExampleFailed] = useState(false);

  const choose = (type: BusinessType) => {
    if (state.touchpoints.length === 0) update((current) => replaceJourney(current, type));
    else if (type !== state.businessType) setPending(type);
  };
  const openExample = () => {
    setAskExample(false);
    // Loaded on demand: the example is demo data (demo/), which the step's bundle does not carry.
    import('../../demo/distributor')
      .then(({ demoDistributorState }) => {
        setExampleFailed(false);
        update(demoDistributorState(locale));
      })
      .catch(() => setExampleFailed(true));
  };

  return (
    <>
      <div className="el-business">
        <label className="field el-business__type">
          <span className="field__label">{t('journey.businessLabel')}</span>
          <select value={state.businessType} onChange={(event) => isOneOf(BUSINESS_TYPES, event.target.value) && choose(event.target.value)}>
            {BUSINESS_TYPES.map((type) => (
              <option key={type} value={type}>
                {names.business(type)}
              </option>
            ))}
          </select>
        </label>
        <p className="field__hint">{t('journey.businessHint')}</p>
        <div className="el-actions no-print">
          {state.touchpoints.length === 0 ? (
            <button type="button" className="button button--primary" onClick={() => update((current) => replaceJourney(current, current.businessType))}>
              {t('journey.startDefault', { business: names.business(state.businessType) })}
            </button>
          ) : null}
          <button type="button" className="button" onClick={() => setAskExample(true)}>
            {t('journey.exampleButton')}
          </button>
        </div>
        {exampleFailed ? (
          <p className="field__error" role="alert">
            {t('journey.exampleFailed')}
          </p>
        ) : null}
      </div>

      <ConfirmDialog
        open={pending !== null}
        title={t('journey.replaceTitle')}
        confirmLabel={t('journey.replaceConfirm')}
        tone="danger"
        onConfirm={() => {
          if (pending !== null) update((current) => replaceJourney(current, pending));
          setPending(null);
        }}
        onCancel={() => setPending(null)}
      >
        <p>{t('journey.replaceBody', { count: state.touchpoints.length, business: pending === null ? '' : names.business(pending) })}</p>
        {state.ideas.length > 0 ? <p>{t('journey.replaceIdeas', { count: state.ideas.length })}</p> : null}
        <p>
          <button
            type="button"
            className="button"
            onClick={() => {
              if (pending !== null) update((current) => ({ ...current, businessType: pending }));
              setPending(null);
            }}
          >
            {t('journey.keepJourney')}
          </button>
        </p>
      </ConfirmDialog>

      <ConfirmDialog open={askExample} title={t('journey.exampleTitle')} confirmLabel={t('journey.exampleConfirm')} tone="danger" onConfirm={openExample} onCancel={() => setAskExample(false)}>
        <p>{t('journey.exampleBody')}</p>
      </ConfirmDialog>
    </>
  );
}
