/** What was just deleted, said politely to screen readers, with the button that brings it back. */
export function UndoBar({ message, undoLabel, onUndo }: { message: string; undoLabel: string; onUndo: () => void }) {
  return (
    <p className="el-undo no-print" role="status">
      {message}{' '}
      <button type="button" className="button" onClick={onUndo}>
        {undoLabel}
      </button>
    </p>
  );
}
