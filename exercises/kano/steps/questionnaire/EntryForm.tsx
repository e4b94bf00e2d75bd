import { useId, useState } from 'react';
import { isOneOf } from '../../../../src/data/oneOf';
import type { Locale } from '../../../../src/i18n/locale';
import { useMessages } from '../../../../src/i18n/useI18n';
import type { StepProps } from '../../../../src/workbook/contract';
import { setDraft, useDrafts } from '../../../../src/workbook/exerciseData';
import { featureText, segmentLabel } from '../../content';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import { KANO_ANSWER_CODES, KANO_ANSWER_LABELS } from '../../questions';
import { KANO_ANSWERS, type KanoAnswer, type KanoState } from '../../state';
import { kanoStepMessages } from '../messages';
import { KANO_EXERCISE_ID } from '../shared/featureLabels';
import { BLANK_ANSWER, checkEntry, ENTRY_DRAFT_KEY, nextRespondentId, readEntryDraft, typedResponseFromDraft, type DraftAnswer, type EntryDraft, type EntryProblem } from './entryDraft';

type Props = Pick<StepProps<KanoState>, 'state' | 'update'> & { locale: Locale };

/** One paper form at a time: respondent, optional segment, the two answers (and importance) per feature. */
export function EntryForm({ state, update, locale }: Props) {
  const t = useMessages(kanoStepMessages);
  const ids = useId();
  const raw = useDrafts(KANO_EXERCISE_ID)[ENTRY_DRAFT_KEY];
  const draft: EntryDraft = readEntryDraft(raw) ?? { respondent: nextRespondentId(state.responses), segment: '', answers: {} };
  const [shownProblems, setShownProblems] = useState<EntryProblem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const scale = state.questionnaire.importanceScale;
  const segments = [...new Set(state.responses.flatMap((form) => (form.segment ? [form.segment] : [])))];

  const write = (next: EntryDraft) => {
    setDraft(KANO_EXERCISE_ID, ENTRY_DRAFT_KEY, JSON.stringify(next));
    setSaved(null);
    if (shownProblems.length > 0) setShownProblems(checkEntry(next, state.features, state.responses));
  };
  const setAnswer = (featureId: string, patch: Partial<DraftAnswer>) =>
    write({ ...draft, answers: { ...draft.answers, [featureId]: { ...(draft.answers[featureId] ?? BLANK_ANSWER), ...patch } } });

  const save = () => {
    const problems = checkEntry(draft, state.features, state.responses);
    setShownProblems(problems);
    if (problems.length > 0) return;
    const form = typedResponseFromDraft(draft, state.features);
    update((current) => ({ ...current, responses: [...current.responses, form] }));
    setDraft(KANO_EXERCISE_ID, ENTRY_DRAFT_KEY, null);
    setSaved(form.respondent);
  };
  const clear = () => {
    setDraft(KANO_EXERCISE_ID, ENTRY_DRAFT_KEY, null);
    setShownProblems([]);
  };

  const answerOptions = KANO_ANSWERS.map((answer) => (
    <option key={answer} value={answer}>
      {KANO_ANSWER_CODES[answer]} — {KANO_ANSWER_LABELS[locale][answer]}
    </option>
  ));

  return (
    <section className="step-section" aria-labelledby="kano-entry-title">
      <h3 id="kano-entry-title">{t('entry.title')}</h3>
      <p className="explain">{t('entry.intro')}</p>
      <div className="kano-settings">
        <div className="field">
          <label htmlFor={`${ids}-respondent`} className="field__label">
            {t('entry.respondent')}
          </label>
          <input
            id={`${ids}-respondent`}
            type="text"
            value={draft.respondent}
            maxLength={60}
            aria-invalid={shownProblems.some((problem) => problem.startsWith('respondent')) ? true : undefined}
            onChange={(event) => write({ ...draft, respondent: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-segment`} className="field__label">
            {t('entry.segment')}
          </label>
          <input id={`${ids}-segment`} type="text" value={draft.segment} maxLength={60} list={`${ids}-segments`} onChange={(event) => write({ ...draft, segment: event.target.value })} />
          <datalist id={`${ids}-segments`}>
            {segments.map((segment) => (
              <option key={segment} value={segment}>
                {segmentLabel(segment, locale)}
              </option>
            ))}
          </datalist>
          <p className="field__hint">{t('entry.segmentHint')}</p>
        </div>
      </div>
      <ScrollBox label={t('entry.title')}>
        <table className="kano-entry table-cards">
          <thead>
            <tr>
              <th scope="col">{t('entry.feature')}</th>
              <th scope="col">{t('entry.functional')}</th>
              <th scope="col">{t('entry.dysfunctional')}</th>
              {scale ? <th scope="col">{t('entry.importance', { min: scale.min, max: scale.max })}</th> : null}
            </tr>
          </thead>
          <tbody>
            {state.features.map((feature, index) => {
              const name = featureText(feature, locale).name || t('features.untitled', { number: index + 1 });
              const answer = draft.answers[feature.id] ?? BLANK_ANSWER;
              return (
                <tr key={feature.id}>
                  <th scope="row">
                    {index + 1}. {name}
                  </th>
                  <td data-label={t('entry.functional')}>
                    <select aria-label={t('entry.functionalFor', { name })} value={answer.functional} onChange={(event) => setAnswer(feature.id, { functional: answerChosen(event.target.value) })}>
                      <option value="">—</option>
                      {answerOptions}
                    </select>
                  </td>
                  <td data-label={t('entry.dysfunctional')}>
                    <select aria-label={t('entry.dysfunctionalFor', { name })} value={answer.dysfunctional} onChange={(event) => setAnswer(feature.id, { dysfunctional: answerChosen(event.target.value) })}>
                      <option value="">—</option>
                      {answerOptions}
                    </select>
                  </td>
                  {scale ? (
                    <td data-label={t('entry.importance', { min: scale.min, max: scale.max })}>
                      <select aria-label={t('entry.importanceFor', { name })} value={answer.importance} onChange={(event) => setAnswer(feature.id, { importance: event.target.value })}>
                        <option value="">—</option>
                        {Array.from({ length: scale.max - scale.min + 1 }, (_, offset) => scale.min + offset).map((point) => (
                          <option key={point} value={String(point)}>
                            {point}
                          </option>
                        ))}
                      </select>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
      {shownProblems.length > 0 ? (
        <ul className="kano-problem" role="alert">
          {shownProblems.map((problem) => (
            <li key={problem}>{t(`entry.problem.${problem}`, { respondent: draft.respondent.trim() })}</li>
          ))}
        </ul>
      ) : null}
      <div className="kano-actions">
        <button type="button" className="button button--primary" onClick={save}>
          {t('entry.save')}
        </button>
        <button type="button" className="button" onClick={clear}>
          {t('entry.clear')}
        </button>
      </div>
      <p role="status" className="kano-status">
        {saved ? t('entry.saved', { respondent: saved, count: state.responses.length }) : ''}
      </p>
    </section>
  );
}

/** The answer picked in a select of the five answers, or '' for the blank option. */
function answerChosen(value: string): KanoAnswer | '' {
  return isOneOf(KANO_ANSWERS, value) ? value : '';
}
