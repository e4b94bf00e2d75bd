import { useMemo } from 'react';
import { isOneOf } from '../../../src/data/oneOf';
import type { StepProps } from '../../../src/workbook/contract';
import { useFormat, useMessages } from '../../../src/i18n/useI18n';
import { analyseSurvey, priorityList, PRIORITY_ACTIONS, responsesFromTyped } from '../model';
import { kanoMessages } from '../messages';
import { FEATURE_DECISIONS, type FeatureDecision, type KanoState } from '../state';
import { kanoStepMessages } from './messages';
import { featureNames } from './shared/featureLabels';
import { useSurveyResponses } from './shared/useSurveyResponses';
import './kano.css';
import { Reading } from '../../../src/ui/Reading';
import { kanoReading } from '../reading';
import { kanoReadingMessages } from '../readingMessages';

const LIMITS = ['limits.drift', 'limits.sample', 'limits.segments', 'limits.statedVsReal'] as const;

/** Step 5: what the categories suggest, in order, the model's limits, and the participant's own decisions. */
export default function DecisionsStep({ state, update, locale }: StepProps<KanoState>) {
  const t = useMessages(kanoStepMessages);
  const model = useMessages(kanoMessages);
  const format = useFormat();
  const typed = useMemo(() => responsesFromTyped(state.responses), [state.responses]);
  const survey = useSurveyResponses(state, typed);
  const tr = useMessages(kanoReadingMessages);
  const results = useMemo(() => analyseSurvey(state.features, survey.responses).overall.features, [state.features, survey.responses]);
  const priorities = useMemo(() => priorityList(results), [results]);
  const names = featureNames(state.features, locale);
  const features = new Map(state.features.map((feature) => [feature.id, feature]));
  const setFeature = (id: string, patch: { decision?: FeatureDecision; note?: string }) =>
    update((current) => ({ ...current, features: current.features.map((feature) => (feature.id === id ? { ...feature, ...patch } : feature)) }));

  if (state.features.length === 0) return <p className="explain">{t('questionnaire.noFeatures')}</p>;

  return (
    <>
      {survey.responses.length > 0 ? <Reading reading={kanoReading(results, (id) => names.get(id) ?? '', tr, true)} /> : null}
      <p className="explain">{t('decisions.intro')}</p>
      <section className="step-section" aria-labelledby="kano-priorities">
        <h3 id="kano-priorities">{t('decisions.prioritiesTitle')}</h3>
        {PRIORITY_ACTIONS.map((action) => {
          const items = priorities.filter((item) => item.action === action);
          if (items.length === 0) return null;
          return (
            <div key={action} className={`kano-priority kano-priority--${action}`}>
              <h4>{model(`priority.${action}.title`)}</h4>
              <p className="explain explain--detail">{model(`priority.${action}.explanation`)}</p>
              <ol className="kano-priority__items">
                {items.map((item) => {
                  const feature = features.get(item.featureId);
                  const name = names.get(item.featureId) ?? '';
                  if (!feature) return null;
                  return (
                    <li key={item.featureId} value={item.rank} className="kano-decision">
                      <p className="kano-decision__name">
                        <strong>{name}</strong>
                        {item.category ? <span className="muted"> · {model(`category.${item.category}.name`)}</span> : null}
                        {item.better !== null && item.worse !== null ? (
                          <span className="muted">
                            {' '}
                            · Better {format.fixed(item.better, 2)} · Worse {format.fixed(item.worse, 2)}
                          </span>
                        ) : null}
                      </p>
                      {item.borderlineWith ? <p className="kano-flag">{t('decisions.borderline', { other: model(`category.${item.borderlineWith}.name`) })}</p> : null}
                      {item.notSignificant && !item.borderlineWith ? <p className="kano-flag">{t('decisions.notSignificant')}</p> : null}
                      <div className="kano-decision__fields">
                        <label className="field">
                          <span className="field__label">{t('decisions.decisionFor', { name })}</span>
                          <select value={feature.decision} onChange={(event) => isOneOf(FEATURE_DECISIONS, event.target.value) && setFeature(feature.id, { decision: event.target.value })}>
                            {FEATURE_DECISIONS.map((decision) => (
                              <option key={decision} value={decision}>
                                {t(`decisions.decision.${decision}`)}
                              </option>
                            ))}
                          </select>
                        </label>
                        <label className="field field--wide">
                          <span className="field__label">{t('decisions.noteFor', { name })}</span>
                          <textarea rows={2} value={feature.note} maxLength={5000} onChange={(event) => setFeature(feature.id, { note: event.target.value })} />
                        </label>
                      </div>
                    </li>
                  );
                })}
              </ol>
            </div>
          );
        })}
      </section>

      {/* What the method cannot tell: for reading on screen, not part of the participant's record. */}
      <section className="step-section no-print" aria-labelledby="kano-limits">
        <h3 id="kano-limits">{model('limits.title')}</h3>
        <ul className="kano-limits">
          {LIMITS.map((key) => (
            <li key={key}>{model(key)}</li>
          ))}
        </ul>
      </section>

      <section className="step-section" aria-labelledby="kano-notes-title">
        <h3 id="kano-notes-title">{t('decisions.notesTitle')}</h3>
        <label className="field field--wide">
          <span className="field__label">{t('decisions.notes')}</span>
          <textarea rows={5} value={state.notes} maxLength={20000} onChange={(event) => update((current) => ({ ...current, notes: event.target.value }))} />
        </label>
      </section>
    </>
  );
}
