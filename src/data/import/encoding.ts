import type { TextEncoding } from './types';
// Casts in this file: reads at an index below the length, which noUncheckedIndexedAccess cannot see.

export interface EncodingChoice {
  used: TextEncoding;
  detected: TextEncoding;
  hadBom: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
}

export type Utf16Encoding = Extract<TextEncoding, 'utf-16le' | 'utf-16be'>;

export function isUtf16(encoding: TextEncoding): encoding is Utf16Encoding {
  return encoding === 'utf-16le' || encoding === 'utf-16be';
}

/** FF FE is how Excel's "Unicode text" starts; FE FF (big-endian) comes from a few other tools. */
export function utf16Bom(bytes: Uint8Array): Utf16Encoding | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The code unit whose first byte is at `at`, in the given byte order. */
export function utf16Unit(bytes: Uint8Array, at: number, encoding: Utf16Encoding): number {
  const first = bytes[at] ?? 0;
  const second = bytes[at + 1] ?? 0;
  return encoding === 'utf-16le' ? first | (second << 8) : (first << 8) | second;
}

/** Enough of the file for its header and a few rows; more does not make the guess any safer. */
const UTF16_SAMPLE_BYTES = 1024;
const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * A code unit a sales table without a BOM plausibly holds: printable Latin-1 and tab, CR, LF; Cyrillic
 * (U+0400–U+04FF); punctuation, ₽ and № (U+2000–U+21FF). Anything else, Chinese included, is left to
 * files that carry a BOM, as Excel's always do: a wrong guess would show the user nonsense.
 */
function plausibleTableUnit(unit: number): boolean {
  const high = unit >> 8;
  if (high === 0) return (unit >= 0x20 && unit < 0x7f) || unit >= 0xa0 || unit === TAB || unit === LINE_FEED || unit === CARRIAGE_RETURN;
  return high === 0x04 || high === 0x20 || high === 0x21;
}

/**
 * UTF-16 without a BOM, recognised only when every code unit of the first kilobyte is plausible table
 * text in one byte order and at least one of them is a tab or a line feed. Those two units hold a zero
 * byte, which UTF-8 and Windows-1251 text never does, so a text file in either is never taken for UTF-16.
 */
export function utf16WithoutBom(bytes: Uint8Array): Utf16Encoding | null {
  const units = Math.floor(Math.min(bytes.length, UTF16_SAMPLE_BYTES) / 2);
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    let separators = 0;
    let plausible = true;
    for (let u = 0; u < units && plausible; u++) {
      const unit = utf16Unit(bytes, u * 2, encoding);
      plausible = plausibleTableUnit(unit);
      if (unit === TAB || unit === LINE_FEED) separators++;
    }
    if (plausible && separators > 0) return encoding;
  }
  return null;
}

/** UTF-16 by its BOM, or by the pattern of its bytes when the BOM is missing. */
export function detectUtf16(bytes: Uint8Array): Utf16Encoding | null {
  return utf16Bom(bytes) ?? utf16WithoutBom(bytes);
}

/**
 * Bytes of BOM to skip before decoding as `encoding`. A UTF-8 BOM is dropped whatever the user chose, so
 * it never sticks to the first header name; FF FE and FE FF only when reading as UTF-16, because in
 * Windows-1251 they are the letters «яю» and may begin a real first cell.
 */
export function bomLength(bytes: Uint8Array, encoding: TextEncoding): number {
  if (hasUtf8Bom(bytes)) return 3;
  return isUtf16(encoding) && utf16Bom(bytes) !== null ? 2 : 0;
}

const isContinuation = (byte: number | undefined): boolean => byte !== undefined && (byte & 0xc0) === 0x80;

/**
 * Exactly what a fatal TextDecoder('utf-8') accepts (no overlong forms, no surrogates, nothing above
 * U+10FFFF, no sequence cut off at the end), checked byte by byte: decoding a UTF-8 file only to see
 * whether it throws built the whole text once more and took longer than typing it.
 */
export function isValidUtf8(bytes: Uint8Array): boolean {
  const length = bytes.length;
  let i = 0;
  while (i < length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const second = bytes[i + 1];
    if (lead >= 0xc2 && lead <= 0xdf) {
      if (!isContinuation(second)) return false;
      i += 2;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      // E0 must not start an overlong form, ED must not encode a surrogate.
      if (!isContinuation(second) || !isContinuation(bytes[i + 2])) return false;
      if ((lead === 0xe0 && (second as number) < 0xa0) || (lead === 0xed && (second as number) > 0x9f)) return false;
      i += 3;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      // F0 must not start an overlong form, F4 must stay at or below U+10FFFF.
      if (!isContinuation(second) || !isContinuation(bytes[i + 2]) || !isContinuation(bytes[i + 3])) return false;
      if ((lead === 0xf0 && (second as number) < 0x90) || (lead === 0xf4 && (second as number) > 0x8f)) return false;
      i += 4;
    } else {
      return false;
    }
  }
  return true;
}

/** Non-ASCII bytes weighed before deciding: plenty for any real file, and a 50 MB file is not scanned whole. */
const EVIDENCE_BYTES = 20_000;

/**
 * Whether a file that is not strictly UTF-8 is still mostly UTF-8: a file pasted together from two
 * sources ("mixed encodings") reads best in the encoding most of its letters use; the odd lines then
 * show replacement marks rather than the whole file turning into mojibake.
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length && valid + invalid < EVIDENCE_BYTES; i++) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) continue;
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) {
      valid += length;
      i += length - 1;
    } else {
      invalid++;
    }
  }
  return valid > invalid;
}


/**
 * Russian Excel saves "CSV (разделители — запятые)" in Windows-1251, "CSV UTF-8" with a BOM and "Текст
 * Юникод" in UTF-16LE with a BOM; other programs write UTF-8 without one. A BOM decides; then UTF-16 is
 * recognised by its zero bytes (before the UTF-8 test, which zero bytes pass). Cyrillic in Windows-1251
 * is almost never valid UTF-8, so a file that decodes strictly (or mostly) as UTF-8 is taken as UTF-8
 * and anything else as Windows-1251.
 */
export function chooseEncoding(bytes: Uint8Array, override: TextEncoding | 'auto' = 'auto'): EncodingChoice {
  const byBom: TextEncoding | null = hasUtf8Bom(bytes) ? 'utf-8' : utf16Bom(bytes);
  const detected: TextEncoding = byBom ?? utf16WithoutBom(bytes) ?? (isValidUtf8(bytes) || mostlyUtf8(bytes) ? 'utf-8' : 'windows-1251');
  return { used: override === 'auto' ? detected : override, detected, hadBom: byBom !== null };
}

/**
 * The offset just past the last line feed in [from, to), or -1 when there is none. In UTF-8 and
 * Windows-1251 byte 0x0A is a line feed and nothing else; in UTF-16 only the unit 0x000A at an even
 * distance from `from` is one (0x0A is also a byte of «Њ», U+040A).
 */
function endOfLastLineFeed(bytes: Uint8Array, from: number, to: number, encoding: TextEncoding): number {
  if (!isUtf16(encoding)) {
    const at = bytes.lastIndexOf(LINE_FEED, to - 1);
    return at >= from ? at + 1 : -1;
  }
  const offsetInUnit = encoding === 'utf-16le' ? 0 : 1;
  // lastIndexOf from a negative index would count from the end of the array, hence the explicit stop at 0.
  for (let at = bytes.lastIndexOf(LINE_FEED, to - 1); at >= from; at = at > 0 ? bytes.lastIndexOf(LINE_FEED, at - 1) : -1) {
    const unitStart = at - offsetInUnit;
    if (unitStart >= from && (unitStart - from) % 2 === 0 && unitStart + 2 <= to && utf16Unit(bytes, unitStart, encoding) === LINE_FEED) {
      return unitStart + 2;
    }
  }
  return -1;
}

/**
 * Decodes in slices of at most `sliceBytes`, calling `onText` with each piece (characters split across
 * slices are carried over by the streaming decoder). The BOM is dropped (see bomLength). A UTF-16 slice
 * is a whole number of code units counted from the end of the BOM, so its progress never counts half a
 * unit and its line feeds are found at unit boundaries.
 * With `endAtLineFeed`, a slice ends just after its last line feed when it has one: a CSV parser then
 * gets whole lines and has no unfinished line to glue to the next piece (gluing copies the text again).
 */
export function decodeInSlices(
  bytes: Uint8Array,
  encoding: TextEncoding,
  sliceBytes: number,
  onText: (text: string, bytesDone: number) => boolean | void,
  { endAtLineFeed = false }: { endAtLineFeed?: boolean } = {},
): void {
  const decoder = new TextDecoder(encoding);
  const start = bomLength(bytes, encoding);
  const unitBytes = isUtf16(encoding) ? 2 : 1;
  const step = Math.max(unitBytes, sliceBytes - (sliceBytes % unitBytes));
  let from = start;
  while (from < bytes.length) {
    let to = Math.min(bytes.length, from + step);
    if (endAtLineFeed && to < bytes.length) {
      const afterLineFeed = endOfLastLineFeed(bytes, from, to, encoding);
      if (afterLineFeed > from) to = afterLineFeed;
    }
    const text = decoder.decode(bytes.subarray(from, to), { stream: to < bytes.length });
    if (onText(text, to) === false) return;
    from = to;
  }
  if (start >= bytes.length) onText('', bytes.length);
}

/** The first `maxBytes` decoded, for sniffing the delimiter and the header; may end mid-line. */
export function decodeHead(bytes: Uint8Array, encoding: TextEncoding, maxBytes: number): string {
  const start = bomLength(bytes, encoding);
  return new TextDecoder(encoding).decode(bytes.subarray(start, start + maxBytes), { stream: true });
}
