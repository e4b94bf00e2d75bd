import { useId } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { followUpMessages } from '../../messages/followUp';
import { plannedActions } from '../../model/rating';
import { FOLLOW_UP_STATUSES, type Action, type EmotionalState, type Idea } from '../../state';
import { useEmotionalNames } from '../shared/useNames';

interface FollowUpListProps {
  state: EmotionalState;
  onChange: (ideaId: string, patch: Partial<Pick<Action, 'followUp' | 'observed'>>) => void;
}

/** Each planned action with its mark (done / not done / not marked) and what was observed, saved on every keystroke. */
export function FollowUpList({ state, onChange }: FollowUpListProps) {
  return (
    <ol className="el-followup-list">
      {plannedActions(state).map(({ idea, action }) => (
        <li key={idea.id}>
          <FollowUpEntry idea={idea} action={action} onChange={onChange} />
        </li>
      ))}
    </ol>
  );
}

function FollowUpEntry({ idea, action, onChange }: { idea: Idea; action: Action; onChange: FollowUpListProps['onChange'] }) {
  const t = useMessages(followUpMessages);
  const names = useEmotionalNames();
  const format = useFormat();
  const group = useId();
  const observedId = useId();
  const title = names.ideaTitle(idea);
  return (
    <fieldset className={`el-followup el-followup--${action.followUp}`}>
      <legend>{title}</legend>
      <p className="note el-followup__planned">
        {t('followUp.planned', {
          when: action.date ? format.date(action.date) : t('document.noDate'),
          owner: action.owner.trim() === '' ? t('followUp.noOwner') : action.owner,
          budget: action.budget === null ? t('followUp.noBudget') : format.money(action.budget),
        })}
      </p>
      <div className="el-followup__status" role="radiogroup" aria-label={t('followUp.statusFor', { idea: title })}>
        <span className="el-followup__status-label" aria-hidden="true">
          {t('followUp.status')}
        </span>
        {FOLLOW_UP_STATUSES.map((status) => (
          <label key={status}>
            <input type="radio" name={group} value={status} checked={action.followUp === status} onChange={() => onChange(idea.id, { followUp: status })} />
            {names.followUp(status)}
          </label>
        ))}
      </div>
      <label className="field__label" htmlFor={observedId}>
        {t('followUp.observed')}
      </label>
      <textarea
        id={observedId}
        className="el-followup__observed"
        rows={3}
        value={action.observed}
        onChange={(event) => onChange(idea.id, { observed: event.target.value })}
      />
    </fieldset>
  );
}
