import { useId, useState, type FormEvent } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import type { StepProps } from '../../../../src/workbook/contract';
import { setDraft as keepDraft, useDrafts } from '../../../../src/workbook/exerciseData';
import { LOYALTY_EXERCISE_ID } from '../../inputs';
import { surveyMessages, type SurveyMessageKey } from '../../messages/survey';
import { SCALES } from '../../model/survey';
import { checkDraft, EMPTY_DRAFT, nextTypedId, type AnswerDraft, type DraftProblems } from '../../model/typedAnswer';
import type { LoyaltyState, TypedAnswer } from '../../state';

const FIELDS: readonly { name: keyof AnswerDraft; label: SurveyMessageKey; scale?: keyof typeof SCALES }[] = [
  { name: 'id', label: 'typed.id' },
  { name: 'customer', label: 'typed.customer' },
  { name: 'segment', label: 'typed.segment' },
  { name: 'nps', label: 'typed.nps', scale: 'nps' },
  { name: 'csat', label: 'typed.csat', scale: 'csat' },
  { name: 'ces', label: 'typed.ces', scale: 'ces' },
  { name: 'attitude', label: 'typed.attitude', scale: 'attitude' },
];

const draftKey = (field: keyof AnswerDraft) => `survey.typed.${field}`;

/** A small survey typed in: a form that refuses a bad answer with a reason per field, and the list with removal. */
export function TypedAnswers({ answers, update }: { answers: readonly TypedAnswer[]; update: StepProps<LoyaltyState>['update'] }) {
  const t = useMessages(surveyMessages);
  const format = useFormat();
  const formId = useId();
  const kept = useDrafts(LOYALTY_EXERCISE_ID);
  // What was typed but not yet added is kept across a reload, as every other field of the workbook is.
  const [draft, setDraft] = useState<AnswerDraft>(() => {
    const restored = { ...EMPTY_DRAFT, id: nextTypedId(answers) };
    for (const field of FIELDS) {
      const text = kept[draftKey(field.name)];
      if (text !== undefined) restored[field.name] = text;
    }
    return restored;
  });
  const change = (name: keyof AnswerDraft, text: string) => {
    setDraft((current) => ({ ...current, [name]: text }));
    keepDraft(LOYALTY_EXERCISE_ID, draftKey(name), text === '' ? null : text);
  };
  const [problems, setProblems] = useState<DraftProblems>({});
  const [status, setStatus] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkDraft(draft, answers);
    if (!checked.ok) {
      setProblems(checked.problems);
      setStatus(t('typed.refused'));
      return;
    }
    const list = [...answers, checked.answer];
    update((current) => ({ ...current, survey: { ...current.survey, typedAnswers: [...current.survey.typedAnswers, checked.answer] } }));
    setProblems({});
    setStatus(t('typed.added', { id: checked.answer.id }));
    // The segment often repeats from one answer to the next; the scores never should.
    setDraft({ ...EMPTY_DRAFT, id: nextTypedId(list), segment: draft.segment });
    for (const field of FIELDS) if (field.name !== 'segment') keepDraft(LOYALTY_EXERCISE_ID, draftKey(field.name), null);
  };

  const remove = (id: string) => {
    update((current) => ({ ...current, survey: { ...current.survey, typedAnswers: current.survey.typedAnswers.filter((answer) => answer.id !== id) } }));
    setStatus(t('typed.removed', { id }));
  };

  const errorText = (field: (typeof FIELDS)[number]): string | null => {
    const problem = problems[field.name];
    if (!problem) return null;
    const scale = field.scale ? SCALES[field.scale] : { min: 0, max: 0 };
    return t(`typed.error.${problem}`, scale);
  };
  const score = (value: number | null, digits = 0) => (value === null ? '—' : format.number(value, digits));

  return (
    <>
      <form className="lm-survey-typed" onSubmit={submit} noValidate>
        {FIELDS.map((field) => {
          const error = errorText(field);
          const id = `${formId}-${field.name}`;
          return (
            <div key={field.name} className={`field${error ? ' field--invalid' : ''}`}>
              <label htmlFor={id} className="field__label">
                {t(field.label)}
              </label>
              <input
                id={id}
                type="text"
                inputMode={field.scale === 'nps' ? 'numeric' : undefined}
                value={draft[field.name]}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onChange={(event) => change(field.name, event.target.value)}
              />
              {error ? (
                <p id={`${id}-error`} className="field__error">
                  {error}
                </p>
              ) : null}
            </div>
          );
        })}
        <div className="lm-survey-typed__actions">
          <button type="submit" className="button">
            {t('typed.add')}
          </button>
        </div>
      </form>
      <p role="status" className="lm-survey-typed__status">
        {status}
      </p>
      {answers.length > 0 ? (
        <ScrollBox label={t('typed.caption')}>
          <table className="table-cards">
            <caption className="visually-hidden">{t('typed.caption')}</caption>
            <thead>
              <tr>
                {FIELDS.map((field) => (
                  <th key={field.name} scope="col">
                    {t(field.label)}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">{t('typed.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {answers.map((answer) => (
                <tr key={answer.id}>
                  <th scope="row">{answer.id}</th>
                  <td data-label={t('typed.customer')}>{answer.customer || '—'}</td>
                  <td data-label={t('typed.segment')}>{answer.segment || '—'}</td>
                  <td data-label={t('typed.nps')}>{score(answer.nps)}</td>
                  <td data-label={t('typed.csat')}>{score(answer.csat)}</td>
                  <td data-label={t('typed.ces')}>{score(answer.ces)}</td>
                  <td data-label={t('typed.attitude')}>{score(answer.attitude, 2)}</td>
                  <td>
                    <button type="button" className="button button--quiet" onClick={() => remove(answer.id)}>
                      {t('typed.remove', { id: answer.id })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      ) : null}
    </>
  );
}
