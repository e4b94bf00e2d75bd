import { useEffect, useRef, useState } from 'react';
import type { StepProps } from '../../../src/workbook/contract';
import { useMessages } from '../../../src/i18n/useI18n';
import { ConfirmDialog } from '../../../src/ui/ConfirmDialog';
import { EXAMPLE_FEATURE_SETS, featuresFromExampleSet, type ExampleFeatureSet } from '../content';
import { KANO_FEATURE_LIMITS, type KanoState } from '../state';
import { kanoStepMessages } from './messages';
import { FeatureList } from './features/FeatureList';
import { newFeature } from './features/newFeature';
import './kano.css';

/** Step 1: the features to ask about, typed in or started from an example set. */
export default function FeaturesStep({ state, update, locale }: StepProps<KanoState>) {
  const t = useMessages(kanoStepMessages);
  const [pendingSet, setPendingSet] = useState<ExampleFeatureSet | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusId === null) return;
    listRef.current?.querySelector<HTMLInputElement>(`[data-feature-name="${focusId}"]`)?.focus();
    setFocusId(null);
  }, [focusId]);

  const applySet = (set: ExampleFeatureSet) => {
    setPendingSet(null);
    update((current) => ({ ...current, features: featuresFromExampleSet(set, locale) }));
  };
  const chooseSet = (set: ExampleFeatureSet) => (state.features.length === 0 ? applySet(set) : setPendingSet(set));
  const add = () => {
    const feature = newFeature();
    update((current) => (current.features.length >= KANO_FEATURE_LIMITS.max ? current : { ...current, features: [...current.features, feature] }));
    setFocusId(feature.id);
  };
  const hasAnswers = state.responses.length > 0 || state.imports.length > 0;

  return (
    <>
      <p className="explain">{t('features.intro')}</p>
      <p className="explain explain--detail">{t('features.introDetail')}</p>

      <section className="step-section kano-no-present" aria-labelledby="kano-examples">
        <h3 id="kano-examples">{t('features.examplesTitle')}</h3>
        <p className="explain">{t('features.examplesHint')}</p>
        <div className="kano-actions">
          {EXAMPLE_FEATURE_SETS.map((set) => (
            <button key={set.id} type="button" className="button" onClick={() => chooseSet(set)}>
              {t('features.useExample', { title: set.title[locale] })}
            </button>
          ))}
        </div>
      </section>

      <section className="step-section" aria-labelledby="kano-feature-list">
        <h3 id="kano-feature-list">{t('features.listTitle', { count: state.features.length })}</h3>
        <div ref={listRef}>
          <FeatureList state={state} update={update} locale={locale} />
        </div>
        <div className="kano-actions">
          <button type="button" className="button button--primary" onClick={add} disabled={state.features.length >= KANO_FEATURE_LIMITS.max}>
            {t('features.add')}
          </button>
          {state.features.length >= KANO_FEATURE_LIMITS.max ? <span className="muted">{t('features.atMax', { max: KANO_FEATURE_LIMITS.max })}</span> : null}
        </div>
      </section>

      <ConfirmDialog
        open={pendingSet !== null}
        title={t('features.replaceTitle')}
        confirmLabel={t('features.replaceConfirm')}
        tone="danger"
        onConfirm={() => pendingSet && applySet(pendingSet)}
        onCancel={() => setPendingSet(null)}
      >
        <p>{t('features.replaceBody', { count: state.features.length, title: pendingSet?.title[locale] ?? '' })}</p>
        {hasAnswers ? <p>{t('features.replaceAnswers')}</p> : null}
      </ConfirmDialog>
    </>
  );
}
