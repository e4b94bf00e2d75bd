import { useId, useMemo } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { DateField } from '../../../../src/ui/date/DateField';
import { Field } from '../../../../src/ui/Field';
import { optionalNumberCodec, textCodec } from '../../../../src/workbook/fieldCodecs';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { planMessages } from '../../messages/plan';
import { actionOf, rateIdea } from '../../model/rating';
import { EMOTIONAL_EXERCISE_ID, type Action, type EmotionalState, type Idea } from '../../state';
import { useEmotionalNames } from '../shared/useNames';

// Module level: the autosave hook keys its effects on the codecs' identity.
const actionCodecs = {
  owner: textCodec({ maxLength: 300 }),
  budget: optionalNumberCodec({ unit: 'money', min: 0 }),
  evidence: textCodec({ maxLength: 10000 }),
};

interface ActionPlanProps {
  state: EmotionalState;
  onChange: (ideaId: string, patch: Partial<Action>) => void;
  onRemove: (ideaId: string) => void;
}

/**
 * The chosen ideas as actions, in the order the ideas are listed (a card does not jump while its date is typed).
 * Owner, budget and evidence are saved on every keystroke; a budget that is not a number is kept as typed, with its message.
 */
export function ActionPlan({ state, onChange, onRemove }: ActionPlanProps) {
  const t = useMessages(planMessages);
  const chosen = state.ideas.filter((idea) => idea.chosen);
  if (chosen.length === 0) return <p className="finding">{t('plan.empty')}</p>;
  return (
    <ol className="el-plan-actions">
      {chosen.map((idea) => (
        <li key={idea.id}>
          <ActionCard state={state} idea={idea} onChange={onChange} onRemove={onRemove} />
        </li>
      ))}
    </ol>
  );
}

function ActionCard({ state, idea, onChange, onRemove }: { state: EmotionalState; idea: Idea } & Omit<ActionPlanProps, 'state'>) {
  const t = useMessages(planMessages);
  const names = useEmotionalNames();
  const format = useFormat();
  const dateId = useId();
  const action = actionOf(state, idea.id);
  const title = names.ideaTitle(idea);
  const touchpointIndex = state.touchpoints.findIndex((touchpoint) => touchpoint.id === idea.touchpointId);
  const touchpoint = state.touchpoints[touchpointIndex];
  const rated = rateIdea(idea);
  const values = useMemo(() => ({ owner: action.owner, budget: action.budget, evidence: action.evidence }), [action.owner, action.budget, action.evidence]);
  const form = useAutosaveForm({
    exerciseId: EMOTIONAL_EXERCISE_ID,
    formId: `plan.${idea.id}`,
    codecs: actionCodecs,
    values,
    onValidChange: (patch) => onChange(idea.id, patch),
  });
  const currency = format.money(0).replace(/[\d\s.,]/gu, '');
  return (
    <fieldset className="el-plan-action">
      <legend>{title}</legend>
      <p className="note el-plan-action__where">
        {[touchpoint ? names.touchpoint(touchpoint, touchpointIndex) : t('budget.lostTouchpoint'), rated ? t(`quadrant.${rated.quadrant}`) : null].filter(Boolean).join(' · ')}
      </p>
      <div className="fields el-plan-action__fields">
        <div className="field">
          <label className="field__label" htmlFor={dateId}>
            {t('plan.date')}
          </label>
          <div className="field__control">
            <DateField id={dateId} value={action.date} onChange={(date) => onChange(idea.id, { date })} />
          </div>
        </div>
        <Field form={form} name="owner" label={t('plan.owner')} />
        <Field form={form} name="budget" label={t('plan.budget')} suffix={currency || undefined} />
        <Field form={form} name="evidence" label={t('plan.evidence')} hint={t('plan.evidenceHint')} multiline rows={2} />
      </div>
      <button type="button" className="button button--quiet el-plan-action__remove" aria-label={t('plan.removeFor', { idea: title })} onClick={() => onRemove(idea.id)}>
        {t('plan.remove')}
      </button>
    </fieldset>
  );
}
