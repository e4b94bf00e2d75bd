import type { TextEncoding } from './types';

export interface EncodingChoice {
  used: TextEncoding;
  detected: TextEncoding;
  hadBom: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
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
 * Russian Excel saves "CSV (разделители — запятые)" in Windows-1251 and "CSV UTF-8" with a BOM; other
 * programs write UTF-8 without one. Cyrillic in Windows-1251 is almost never valid UTF-8, so a file that
 * decodes strictly (or mostly) as UTF-8 is taken as UTF-8 and anything else as Windows-1251.
 */
export function chooseEncoding(bytes: Uint8Array, override: TextEncoding | 'auto' = 'auto'): EncodingChoice {
  const hadBom = hasUtf8Bom(bytes);
  const detected: TextEncoding = hadBom || isValidUtf8(bytes) || mostlyUtf8(bytes) ? 'utf-8' : 'windows-1251';
  return { used: override === 'auto' ? detected : override, detected, hadBom };
}

const LINE_FEED = 0x0a;

/**
 * Decodes in slices of at most `sliceBytes`, calling `onText` with each piece (multi-byte characters split
 * across slices are carried over by the streaming decoder). The BOM is dropped, so it never sticks to
 * the first header name (even when the user overrides the encoding of a UTF-8 file).
 * With `endAtLineFeed`, a slice ends just after its last line feed when it has one: a CSV parser then
 * gets whole lines and has no unfinished line to glue to the next piece (gluing copies the text again).
 * Byte 0x0A is a line feed and nothing else in both UTF-8 and Windows-1251.
 */
export function decodeInSlices(
  bytes: Uint8Array,
  encoding: TextEncoding,
  sliceBytes: number,
  onText: (text: string, bytesDone: number) => boolean | void,
  { endAtLineFeed = false }: { endAtLineFeed?: boolean } = {},
): void {
  const decoder = new TextDecoder(encoding);
  const start = hasUtf8Bom(bytes) ? 3 : 0;
  let from = start;
  while (from < bytes.length) {
    let to = Math.min(bytes.length, from + sliceBytes);
    if (endAtLineFeed && to < bytes.length) {
      const lastLineFeed = bytes.lastIndexOf(LINE_FEED, to - 1);
      if (lastLineFeed >= from) to = lastLineFeed + 1;
    }
    const text = decoder.decode(bytes.subarray(from, to), { stream: to < bytes.length });
    if (onText(text, to) === false) return;
    from = to;
  }
  if (start >= bytes.length) onText('', bytes.length);
}

/** The first `maxBytes` decoded, for sniffing the delimiter and the header; may end mid-line. */
export function decodeHead(bytes: Uint8Array, encoding: TextEncoding, maxBytes: number): string {
  const start = hasUtf8Bom(bytes) ? 3 : 0;
  return new TextDecoder(encoding).decode(bytes.subarray(start, start + maxBytes), { stream: true });
}
