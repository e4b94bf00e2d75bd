/**
 * How much a zip container (xlsx, ods) says it unpacks to, read from its central directory before anything
 * is inflated. A 1 MB "zip bomb" that inflates to gigabytes would take the tab down inside SheetJS; its own
 * directory gives it away first. A size field of 0xFFFFFFFF (ZIP64: over 4 GiB) counts as unbounded.
 * Null when the directory cannot be found: the parser then judges the file (damaged, or not a zip).
 */
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;

export function declaredUnpackedBytes(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - END_SEARCH); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const unpacked = view.getUint32(at + 24, true);
    if (unpacked === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += unpacked;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}
