import { Callout } from '../../../../src/ui/Callout';

/** Says what was just deleted, with the button that brings it back; gone once dismissed by the next deletion. */
export function UndoNotice({ text, undoLabel, onUndo }: { text: string; undoLabel: string; onUndo: () => void }) {
  return (
    <Callout
      tone="info"
      actions={
        <button type="button" className="button" onClick={onUndo}>
          {undoLabel}
        </button>
      }
    >
      <p role="status">{text}</p>
    </Callout>
  );
}
