import { useId, useRef } from 'react';
import { useMessages } from '../../../../src/i18n/useI18n';
import type { Locale } from '../../../../src/i18n/locale';
import type { StepProps } from '../../../../src/workbook/contract';
import { setDraft, useDrafts } from '../../../../src/workbook/exerciseData';
import { Callout } from '../../../../src/ui/Callout';
import { DIMENSIONS } from '../../structure';
import { enabledItems, type Questionnaire, type ServqualState, type SurveyResponse } from '../../state';
import { SERVQUAL_EXERCISE_ID } from '../../inputs';
import { checkWeights, WEIGHT_TOTAL } from '../../model';
import { servqualMessages } from '../../messages';
import { uiMessages } from '../messages';
import { fixedNumber } from '../shared/numbers';
import { enteredResponses, newWaveId, todayIso } from '../shared/waveFiles';
import type { WaveData } from '../shared/useWaveData';
import { ENTRY_DRAFT_PREFIX, entryField, nextRespondentId, readEntry } from './entryDraft';

interface EntryFormProps {
  questionnaire: Questionnaire;
  /** The wave the respondent goes into; null: none yet, the first one is created on adding. */
  target: WaveData | null;
  update: StepProps<ServqualState>['update'];
  locale: Locale;
}


/** One paper questionnaire typed in: every box is kept as a draft while typing, and added as a respondent. */
export function EntryForm({ questionnaire, target, update, locale }: EntryFormProps) {
  const t = useMessages(servqualMessages);
  const ui = useMessages(uiMessages);
  const formId = useId();
  const firstInput = useRef<HTMLInputElement>(null);
  const drafts = useDrafts(SERVQUAL_EXERCISE_ID);
  const items = enabledItems(questionnaire);
  const existing = target ? enteredResponses(target.wave) : [];
  const defaultId = nextRespondentId(existing);

  const text = (field: string) => drafts[`${ENTRY_DRAFT_PREFIX}${field}`] ?? '';
  const setText = (field: string, value: string) =>
    setDraft(SERVQUAL_EXERCISE_ID, `${ENTRY_DRAFT_PREFIX}${field}`, value === '' ? null : value);
  const texts: Record<string, string> = {};
  for (const [key, value] of Object.entries(drafts)) if (key.startsWith(ENTRY_DRAFT_PREFIX)) texts[key.slice(ENTRY_DRAFT_PREFIX.length)] = value;

  const respondentId = text(entryField.respondent).trim() || defaultId;
  const reading = readEntry(texts, items, questionnaire.scale, locale, respondentId);
  const invalidFields = new Set(reading.invalid.map((entry) => entry.field));
  const givenWeights = reading.response.weights.filter((weight): weight is number => weight !== null);
  const weightSum = givenWeights.reduce((sum, weight) => sum + weight, 0);
  const weightCheck = checkWeights(reading.response.weights);
  const duplicateId = existing.some((response) => response.respondentId === respondentId);
  const canAdd = !reading.empty && reading.invalid.length === 0 && !duplicateId;

  const clear = () => {
    for (const key of Object.keys(drafts)) if (key.startsWith(ENTRY_DRAFT_PREFIX)) setDraft(SERVQUAL_EXERCISE_ID, key, null);
  };

  const add = () => {
    if (!canAdd) return;
    const response: SurveyResponse = reading.response;
    update((current) => {
      const wave = target ? current.waves.find((candidate) => candidate.id === target.wave.id) : undefined;
      if (!wave) {
        const first = { id: newWaveId(current.waves), label: '', date: todayIso(), source: { kind: 'entered' as const, responses: [response] } };
        return { ...current, waves: [...current.waves, first] };
      }
      return {
        ...current,
        waves: current.waves.map((candidate) =>
          candidate.id === wave.id ? { ...candidate, source: { kind: 'entered' as const, responses: [...enteredResponses(candidate), response] } } : candidate,
        ),
      };
    });
    clear();
    firstInput.current?.focus();
  };

  const answerGrid = (part: 'expectation' | 'perception') => (
    <div className="sq-entry__grid">
      {items.map((item, index) => {
        const field = part === 'expectation' ? entryField.expectation(item) : entryField.perception(item);
        return (
          <label key={field} className={`sq-entry__cell${invalidFields.has(field) ? ' sq-entry__cell--invalid' : ''}`}>
            <span aria-hidden="true">{item}</span>
            <input
              ref={part === 'expectation' && index === 0 ? firstInput : undefined}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              aria-label={ui(part === 'expectation' ? 'entry.expectationItem' : 'entry.perceptionItem', { item })}
              aria-invalid={invalidFields.has(field) || undefined}
              value={text(field)}
              onChange={(event) => setText(field, event.target.value)}
            />
          </label>
        );
      })}
    </div>
  );

  const problemText = (entry: (typeof reading.invalid)[number]) => {
    const name = entry.field.startsWith('W')
      ? t(`dimension.${DIMENSIONS[Number(entry.field.slice(1)) - 1] ?? 'tangibles'}.name`)
      : entry.field;
    return ui(`entry.problem.${entry.problem}`, { field: name, max: questionnaire.scale });
  };

  return (
    <form
      className="sq-entry"
      aria-labelledby={`${formId}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        add();
      }}
    >
      <h4 id={`${formId}-title`}>{ui('entry.title')}</h4>
      <p className="explain explain--detail">{ui('entry.intro', { max: questionnaire.scale })}</p>
      <div className="field sq-entry__id">
        <label className="field__label" htmlFor={`${formId}-id`}>
          {ui('entry.respondent')}
        </label>
        <div className="field__control">
          <input id={`${formId}-id`} type="text" autoComplete="off" placeholder={defaultId} value={text(entryField.respondent)} onChange={(event) => setText(entryField.respondent, event.target.value)} />
        </div>
        {duplicateId ? <p className="field__error">{ui('entry.duplicateId', { id: respondentId })}</p> : null}
      </div>
      <fieldset className="fieldset">
        <legend>{t('questionnaire.expectationPart')}</legend>
        {answerGrid('expectation')}
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('questionnaire.perceptionPart')}</legend>
        {answerGrid('perception')}
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('questionnaire.weightsPart')}</legend>
        <div className="sq-entry__weights">
          {DIMENSIONS.map((dimension, index) => {
            const field = entryField.weight(index);
            return (
              <label key={dimension} className={`sq-entry__weight${invalidFields.has(field) ? ' sq-entry__cell--invalid' : ''}`}>
                <span>{t(`dimension.${dimension}.name`)}</span>
                <input
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  aria-invalid={invalidFields.has(field) || undefined}
                  value={text(field)}
                  onChange={(event) => setText(field, event.target.value)}
                />
              </label>
            );
          })}
          {/* Beside the five boxes, so the total is read while the points are split. */}
          <p className="sq-entry__sum" role="status">
            {ui('entry.weightSum', { sum: fixedNumber(weightSum, locale, Number.isInteger(weightSum) ? 0 : 1), total: WEIGHT_TOTAL })}
          </p>
        </div>
        {givenWeights.length > 0 && weightCheck.kind === 'invalid' ? (
          <Callout tone="warning" title={ui('entry.weightsWarningTitle')}>
            <p>{ui(weightCheck.reason === 'negative' ? 'entry.weightsNegative' : 'entry.weightsWarning', { sum: fixedNumber(weightSum, locale, Number.isInteger(weightSum) ? 0 : 1) })}</p>
          </Callout>
        ) : null}
      </fieldset>
      {reading.invalid.length > 0 ? (
        <Callout tone="danger" title={ui('entry.fixTitle')}>
          <ul>
            {reading.invalid.map((entry) => (
              <li key={entry.field}>{problemText(entry)}</li>
            ))}
          </ul>
        </Callout>
      ) : null}
      <div className="sq-actions">
        <button type="submit" className="button button--primary" disabled={!canAdd}>
          {ui('entry.add')}
        </button>
        <button type="button" className="button" disabled={reading.empty && text(entryField.respondent) === ''} onClick={clear}>
          {ui('entry.clear')}
        </button>
        <span className="muted">{target ? ui('entry.into', { count: existing.length }) : ui('entry.firstWave')}</span>
      </div>
    </form>
  );
}
