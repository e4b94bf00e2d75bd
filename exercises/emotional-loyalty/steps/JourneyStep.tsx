import { useEffect, useRef, useState } from 'react';
import type { StepProps } from '../../../src/workbook/contract';
import { useMessages } from '../../../src/i18n/useI18n';
import { ConfirmDialog } from '../../../src/ui/ConfirmDialog';
import { Reading } from '../../../src/ui/Reading';
import { journeyMessages } from '../messages/journey';
import { removeTouchpoint, restoreTouchpoint, type RemovedTouchpoint } from '../model/journey';
import { staffOf } from '../model/ideas';
import type { EmotionalState, Touchpoint } from '../state';
import { AddTouchpoint } from './journey/AddTouchpoint';
import { BusinessChooser } from './journey/BusinessChooser';
import { JourneyMap } from './journey/JourneyMap';
import { journeyReading } from './journey/journeyReading';
import { TouchpointList } from './journey/TouchpointList';
import { UndoBar } from './journey/UndoBar';
import { useEmotionalNames } from './shared/useNames';
import './journey/journey.css';

/** Step 1: the customer journey as touchpoints on the commitment ladder, with the emotion wanted at each. */
export default function JourneyStep({ state, update, locale }: StepProps<EmotionalState>) {
  const t = useMessages(journeyMessages);
  const names = useEmotionalNames();
  const [pendingRemove, setPendingRemove] = useState<{ touchpoint: Touchpoint; index: number; ideas: number } | null>(null);
  const [undo, setUndo] = useState<{ removed: RemovedTouchpoint; name: string } | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusId === null) return;
    listRef.current?.querySelector<HTMLInputElement>(`[data-touchpoint-name="${focusId}"]`)?.focus();
    setFocusId(null);
  }, [focusId]);

  const remove = (touchpoint: Touchpoint, index: number) => {
    const { state: next, removed } = removeTouchpoint(state, touchpoint.id);
    if (removed === null) return;
    update(next);
    setUndo({ removed, name: names.touchpoint(touchpoint, index) });
    setPendingRemove(null);
  };
  const askRemove = (touchpoint: Touchpoint, index: number) => {
    const ideas = state.ideas.filter((idea) => idea.touchpointId === touchpoint.id).length;
    const staff = staffOf(state, touchpoint.id);
    // Losing ideas or staff notes is said first; a bare touchpoint goes at once, with an undo.
    if (ideas > 0 || staff.qualities.length > 0 || staff.behaviours.trim() !== '') setPendingRemove({ touchpoint, index, ideas });
    else remove(touchpoint, index);
  };

  return (
    <>
      <p className="explain">{t('journey.intro')}</p>
      <Reading reading={journeyReading(state.touchpoints, t, names, locale)} />

      <section className="step-section el-map" aria-labelledby="el-map-title">
        <h3 id="el-map-title">{t('journey.mapTitle')}</h3>
        <p className="note">{t('journey.mapHint')}</p>
        <JourneyMap touchpoints={state.touchpoints} />
      </section>

      <section className="step-section" aria-labelledby="el-business-title">
        <h3 id="el-business-title">{t('journey.businessTitle')}</h3>
        <BusinessChooser state={state} update={update} />
      </section>

      <section className="step-section" aria-labelledby="el-touchpoints-title">
        <h3 id="el-touchpoints-title">{t('journey.listTitle')}</h3>
        <p className="explain">{t('journey.introDetail')}</p>
        {state.touchpoints.length === 0 ? <p className="muted">{t('journey.empty')}</p> : null}
        {undo ? (
          <UndoBar
            message={undo.removed.ideas.length > 0 ? t('journey.removedWithIdeas', { name: undo.name, count: undo.removed.ideas.length }) : t('journey.removed', { name: undo.name })}
            undoLabel={t('journey.undo')}
            onUndo={() => {
              update((current) => restoreTouchpoint(current, undo.removed));
              setUndo(null);
            }}
          />
        ) : null}
        <div ref={listRef}>
          <TouchpointList state={state} update={update} onRemove={askRemove} />
        </div>
        <h4 className="el-add__title no-print">{t('journey.addTitle')}</h4>
        <AddTouchpoint state={state} update={update} onAdded={setFocusId} />
      </section>

      <ConfirmDialog
        open={pendingRemove !== null}
        title={t('journey.removeTitle', { name: pendingRemove ? names.touchpoint(pendingRemove.touchpoint, pendingRemove.index) : '' })}
        confirmLabel={t('journey.removeConfirm')}
        tone="danger"
        onConfirm={() => pendingRemove && remove(pendingRemove.touchpoint, pendingRemove.index)}
        onCancel={() => setPendingRemove(null)}
      >
        <p>{pendingRemove && pendingRemove.ideas > 0 ? t('journey.removeBody', { count: pendingRemove.ideas }) : t('journey.removeStaffOnly')}</p>
        <p>{t('journey.removeUndoHint')}</p>
      </ConfirmDialog>
    </>
  );
}
