/**
 * An import block carries `data-import-pending` (DatasetImport.tsx) from the moment a file is chosen until it is
 * accepted or dropped. Page-wide shortcuts that leave the step (presenter ←/→) check this selector first, since
 * leaving would silently drop the unsaved import. Kept apart from DatasetImport so that checking it does not
 * pull the import code into the page that checks.
 */
export const IMPORT_PENDING_SELECTOR = '[data-import-pending]';

export function importPending(root: ParentNode = document): boolean {
  return root.querySelector(IMPORT_PENDING_SELECTOR) !== null;
}
