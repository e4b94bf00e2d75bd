import type { TextEncoding } from './types';

export interface EncodingChoice {
  used: TextEncoding;
  detected: TextEncoding;
  hadBom: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
/** Validation decodes in slices so a large file never becomes one giant string just to be checked. */
const VALIDATION_SLICE = 1 << 20;

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) >= 0x80) return false;
  return true;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  if (isAscii(bytes)) return true;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (let from = 0; from < bytes.length; from += VALIDATION_SLICE) {
      const last = from + VALIDATION_SLICE >= bytes.length;
      decoder.decode(bytes.subarray(from, from + VALIDATION_SLICE), { stream: !last });
    }
    return true;
  } catch {
    return false;
  }
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

/**
 * Decodes in slices of `sliceBytes`, calling `onText` with each piece (multi-byte characters split
 * across slices are carried over by the streaming decoder). The BOM is dropped, so it never sticks to
 * the first header name (even when the user overrides the encoding of a UTF-8 file).
 */
export function decodeInSlices(
  bytes: Uint8Array,
  encoding: TextEncoding,
  sliceBytes: number,
  onText: (text: string, bytesDone: number) => boolean | void,
): void {
  const decoder = new TextDecoder(encoding);
  const start = hasUtf8Bom(bytes) ? 3 : 0;
  for (let from = start; from < bytes.length; from += sliceBytes) {
    const to = Math.min(bytes.length, from + sliceBytes);
    const text = decoder.decode(bytes.subarray(from, to), { stream: to < bytes.length });
    if (onText(text, to) === false) return;
  }
  if (start >= bytes.length) onText('', bytes.length);
}

/** The first `maxBytes` decoded, for sniffing the delimiter and the header; may end mid-line. */
export function decodeHead(bytes: Uint8Array, encoding: TextEncoding, maxBytes: number): string {
  const start = hasUtf8Bom(bytes) ? 3 : 0;
  return new TextDecoder(encoding).decode(bytes.subarray(start, start + maxBytes), { stream: true });
}
