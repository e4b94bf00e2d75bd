import { useId, type ReactNode } from 'react';
import { useMessages } from '../../../../src/i18n/useI18n';
import type { LibraryIdea } from '../../content/library';
import { ideasMessages } from '../../messages/ideas';
import type { EmotionalState, Idea, Touchpoint } from '../../state';
import type { StepProps } from '../../../../src/workbook/contract';
import { useEmotionalNames } from '../shared/useNames';
import { IdeaList } from './IdeaList';
import { StaffPicker } from './StaffPicker';
import { Suggestions } from './Suggestions';

type Props = Pick<StepProps<EmotionalState>, 'state' | 'update'> & {
  touchpoint: Touchpoint;
  place: number;
  onTake: (touchpointId: string, entry: LibraryIdea) => void;
  onAddOwn: (touchpointId: string) => void;
  onRemove: (idea: Idea) => void;
  /** The undo of an idea just deleted here, shown in this touchpoint's card. */
  undo: ReactNode;
};

/** One touchpoint's card on step 2: its ideas, the library's suggestions, and its staff. */
export function TouchpointIdeas({ state, update, touchpoint, place, onTake, onAddOwn, onRemove, undo }: Props) {
  const t = useMessages(ideasMessages);
  const names = useEmotionalNames();
  const headingId = useId();
  const ideas = state.ideas.filter((idea) => idea.touchpointId === touchpoint.id);
  return (
    <section className="el-tp-ideas" aria-labelledby={headingId}>
      <h3 id={headingId} className="el-tp-ideas__title">
        <span className="el-tp-ideas__number">{place + 1}.</span> {names.touchpoint(touchpoint, place)}
      </h3>
      <p className="el-tp-ideas__meta">
        {t('ideas.touchpointMeta', { stage: names.stage(touchpoint.stage), emotion: touchpoint.emotion === null ? t('ideas.noEmotion') : names.emotion(touchpoint.emotion) })}
      </p>
      <div className="el-tp-ideas__body">
        <div className="el-tp-ideas__mine">
          <h4>{t('ideas.listTitle')}</h4>
          {undo}
          {ideas.length === 0 ? <p className="muted">{t('ideas.none')}</p> : <IdeaList ideas={ideas} update={update} onRemove={onRemove} />}
          <button type="button" className="button no-print" onClick={() => onAddOwn(touchpoint.id)}>
            {t('ideas.addOwn')}
          </button>
        </div>
        <Suggestions touchpoint={touchpoint} ideas={ideas} onTake={(entry) => onTake(touchpoint.id, entry)} />
      </div>
      <h4>{t('ideas.staffTitle')}</h4>
      <StaffPicker state={state} update={update} touchpointId={touchpoint.id} place={place} />
    </section>
  );
}
