import { useEffect, useRef, useState } from 'react';
import type { StepProps } from '../../../src/workbook/contract';
import { useMessages } from '../../../src/i18n/useI18n';
import { Reading } from '../../../src/ui/Reading';
import type { LibraryIdea } from '../content/library';
import { ideasMessages } from '../messages/ideas';
import { addOwnIdea, removeIdea, restoreIdea, takeIdea, type RemovedIdea } from '../model/ideas';
import type { EmotionalState, Idea } from '../state';
import { ideasReading } from './ideas/ideasReading';
import { TouchpointIdeas } from './ideas/TouchpointIdeas';
import { UndoBar } from './journey/UndoBar';
import { useEmotionalNames } from './shared/useNames';
import './journey/journey.css';
import './ideas/ideas.css';

/** Step 2: ideas per touchpoint, from the library or the participant's own, and what the staff at each need. */
export default function IdeasStep({ state, update, locale }: StepProps<EmotionalState>) {
  const t = useMessages(ideasMessages);
  const names = useEmotionalNames();
  const [undo, setUndo] = useState<{ removed: RemovedIdea; title: string } | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusId === null) return;
    listRef.current?.querySelector<HTMLInputElement>(`[data-idea-title="${focusId}"]`)?.focus();
    setFocusId(null);
  }, [focusId]);

  // Computed on the state at hand so the new id is known for the focus; the update applies that same result.
  const take = (touchpointId: string, entry: LibraryIdea) => {
    const { state: next } = takeIdea(state, touchpointId, entry);
    update(next);
  };
  const addOwn = (touchpointId: string) => {
    const { state: next, id } = addOwnIdea(state, touchpointId);
    update(next);
    setFocusId(id);
  };
  const remove = (idea: Idea) => {
    const { state: next, removed } = removeIdea(state, idea.id);
    if (removed === null) return;
    update(next);
    setUndo({ removed, title: names.ideaTitle(idea) });
  };
  const undoBar = (touchpointId: string) =>
    undo && undo.removed.idea.touchpointId === touchpointId ? (
      <UndoBar
        message={t('ideas.removed', { title: undo.title })}
        undoLabel={t('ideas.undo')}
        onUndo={() => {
          update((current) => restoreIdea(current, undo.removed));
          setUndo(null);
        }}
      />
    ) : null;

  return (
    <>
      <p className="explain">{t('ideas.intro')}</p>
      <Reading reading={ideasReading(state, t, locale)} />
      <p className="explain">{t('ideas.introDetail')}</p>
      {state.touchpoints.length === 0 ? <p className="muted">{t('ideas.noJourney')}</p> : null}
      <div ref={listRef} className="el-tp-ideas-list">
        {state.touchpoints.map((touchpoint, place) => (
          <TouchpointIdeas
            key={touchpoint.id}
            state={state}
            update={update}
            touchpoint={touchpoint}
            place={place}
            onTake={take}
            onAddOwn={addOwn}
            onRemove={remove}
            undo={undoBar(touchpoint.id)}
          />
        ))}
      </div>
    </>
  );
}
