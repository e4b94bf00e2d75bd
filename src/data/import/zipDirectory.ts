/**
 * A zip container's central directory (xlsx and ods are zips), read without inflating anything: what each
 * part is called, how it is stored, and what it says it unpacks to. The checks before SheetJS read it:
 * a 1 MB "zip bomb" that inflates to gigabytes, or a sheet that declares millions of rows, gives itself
 * away here first. Null when the directory cannot be found: the parser then judges the file.
 */
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const END_SEARCH = 22 + 0xffff;
/** A size field of all ones means ZIP64 (over 4 GiB): unbounded, for our purposes. */
const ZIP64 = 0xffffffff;

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  unpackedSize: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - END_SEARCH); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = view.getUint16(at + 28, true);
    const unpacked = view.getUint32(at + 24, true);
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      unpackedSize: unpacked === ZIP64 ? Number.POSITIVE_INFINITY : unpacked,
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** Where an entry's data starts (after its local header), or null when that header is not where the directory says. */
export function entryDataStart(bytes: Uint8Array, entry: ZipEntry): number | null {
  const at = entry.localOffset;
  if (at + 30 > bytes.length) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== LOCAL_HEADER) return null;
  return at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
}

/** What the zip says it unpacks to, in all; null when its directory cannot be read. */
export function declaredUnpackedBytes(bytes: Uint8Array): number | null {
  const entries = readZipDirectory(bytes);
  return entries === null ? null : entries.reduce((total, entry) => total + entry.unpackedSize, 0);
}
