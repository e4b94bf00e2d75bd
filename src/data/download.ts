/**
 * Saving a file from a browser-only app: there is no server to send a Content-Disposition header, so the
 * file is handed to the browser as a Blob behind a temporary object URL and a click on a hidden
 * `<a download>`. Used by the spreadsheet export and by the backup file.
 */

/**
 * How long the object URL stays alive after the click. Firefox and older Safari resolve the URL
 * asynchronously after the click event returns, so revoking it synchronously can cancel the download;
 * a second is plenty and keeps the Blob from staying in memory for the life of the tab.
 */
export const REVOKE_DELAY_MS = 1_000;

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  // Firefox ignores clicks on anchors that are not in the document.
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  }
}

/** Saves text as a file; `mime` should carry the charset, e.g. `text/csv;charset=utf-8`. */
export function downloadText(fileName: string, text: string, mime: string): void {
  downloadBlob(fileName, new Blob([text], { type: mime }));
}
