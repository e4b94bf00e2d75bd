/** A Blob's bytes through FileReader: jsdom's Blob has no arrayBuffer() or text(). */
export function readBlob(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(blob);
  });
}

/** A CSV file's text as Excel reads it: UTF-8, its BOM kept so that a test sees it. */
export async function readCsvFile(blob: Blob): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await readBlob(blob));
}
