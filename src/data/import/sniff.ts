import { detectUtf16, utf16Bom, utf16Unit, type Utf16Encoding } from './encoding';
import type { FileProblem, SourceFormat } from './types';
import { entryDataStart, readZipDirectory, type ZipEntry } from './zipDirectory';

/**
 * Which reader a file needs, decided from its bytes: participants rename files, save web pages as
 * ".xls" and send ".csv" that are really workbooks, so the extension is only a hint for the message.
 */
export type Sniffed = { ok: true; format: SourceFormat } | { ok: false; problem: FileProblem };

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Formats people mistake for spreadsheets; any other binary content is caught by the control-byte test. */
const NOT_SPREADSHEET_SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x52, 0x61, 0x72, 0x21], // Rar!
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x1f, 0x8b], // gzip
  [0x42, 0x4d], // BMP
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP, WAV, AVI)
];

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((byte, i) => bytes[at + i] === byte);
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  let text = '';
  for (let i = from; i < Math.min(to, bytes.length); i++) text += String.fromCharCode(bytes[i] ?? 0);
  return text;
}

function indexOfBytes(bytes: Uint8Array, pattern: Uint8Array, from = 0, to = bytes.length): number {
  const first = pattern[0];
  const last = Math.min(to, bytes.length) - pattern.length;
  outer: for (let i = bytes.indexOf(first ?? 0, from); i !== -1 && i <= last; i = bytes.indexOf(first ?? 0, i + 1)) {
    for (let j = 1; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return i;
  }
  return -1;
}

/** CFB directory entries store stream names as UTF-16LE. */
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}


/** The text of a stored (uncompressed) entry, as OpenDocument requires for "mimetype"; null if compressed. */
function storedText(bytes: Uint8Array, entry: ZipEntry, maxLength: number): string | null {
  const start = entry.method === 0 ? entryDataStart(bytes, entry) : null;
  return start === null ? null : latin1(bytes, start, start + Math.min(maxLength, entry.compressedSize));
}

function sniffZip(bytes: Uint8Array): Sniffed {
  // No directory is what a truncated download or an interrupted copy looks like.
  const entries = readZipDirectory(bytes);
  if (entries === null) return { ok: false, problem: { code: 'corrupt' } };
  const mimetype = entries.find((entry) => entry.name === 'mimetype');
  if (mimetype !== undefined) {
    // OpenDocument keeps "mimetype" uncompressed; a writer that compressed it anyway gets the benefit of the doubt.
    const declared = storedText(bytes, mimetype, 200);
    return declared === null || declared.trim() === ODS_MIMETYPE ? { ok: true, format: 'ods' } : { ok: false, problem: { code: 'notSpreadsheet' } };
  }
  const names = entries.map((entry) => entry.name);
  if (names.some((name) => name === 'xl/workbook.xml' || name === 'xl/workbook.bin')) return { ok: true, format: 'xlsx' };
  return { ok: false, problem: { code: 'notSpreadsheet' } };
}

function sniffCompoundFile(bytes: Uint8Array): Sniffed {
  // Office encrypts a password-protected .xlsx into a CFB container with these two streams.
  if (indexOfBytes(bytes, utf16le('EncryptedPackage')) >= 0 || indexOfBytes(bytes, utf16le('EncryptionInfo')) >= 0) {
    return { ok: false, problem: { code: 'encrypted' } };
  }
  // BIFF8 names its stream "Workbook", BIFF5 "Book"; a Word or Outlook file has neither.
  if (indexOfBytes(bytes, utf16le('Workbook')) >= 0 || indexOfBytes(bytes, utf16le('Book')) >= 0) return { ok: true, format: 'xls' };
  return { ok: false, problem: { code: 'notSpreadsheet' } };
}

const HTML_START = /^(<!doctype\s+html|<html|<table|<head|<body|<meta|<\?xml[^>]*>\s*<html|<!--)/i;
/** Excel's "XML Spreadsheet 2003" is text too; SheetJS reads it with the legacy reader. */
const SPREADSHEET_ML = /urn:schemas-microsoft-com:office:spreadsheet/;

/** Share of control bytes (other than tab, CR, LF, FF) above which a "text" file is really binary. */
const MAX_CONTROL_SHARE = 0.01;
const SAMPLE_BYTES = 8192;

/** Space, tab, CR, LF and form feed: what a file holding "nothing" is made of. */
const isBlank = (unit: number): boolean => unit === 0x20 || unit === 0x09 || unit === 0x0a || unit === 0x0d || unit === 0x0c;
/** Control characters that text files do not hold; a few (an escape, a backspace) are forgiven, many mean binary. */
const isStrayControl = (unit: number): boolean => unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d && unit !== 0x0c;

function isWhitespaceOnly(bytes: Uint8Array, from: number): boolean {
  for (let i = from; i < bytes.length; i++) {
    if (!isBlank(bytes[i] ?? 0)) return false;
  }
  return true;
}

/**
 * Excel's "Unicode text" and other UTF-16 files, put through the tests the bytes of other text get
 * (blank, binary, a web page), only on code units: their zero high bytes are not control bytes.
 */
function sniffUtf16Text(bytes: Uint8Array, encoding: Utf16Encoding): Sniffed {
  const textStart = utf16Bom(bytes) === null ? 0 : 2;
  let blank = true;
  for (let at = textStart; blank && at + 1 < bytes.length; at += 2) blank = isBlank(utf16Unit(bytes, at, encoding));
  if (blank) return { ok: false, problem: { code: 'empty' } };
  const sampleEnd = Math.min(bytes.length, textStart + SAMPLE_BYTES);
  let controls = 0;
  for (let at = textStart; at + 1 < sampleEnd; at += 2) {
    const unit = utf16Unit(bytes, at, encoding);
    if (unit === 0) return { ok: false, problem: { code: 'notSpreadsheet' } };
    if (isStrayControl(unit)) controls++;
  }
  if (controls > ((sampleEnd - textStart) / 2) * MAX_CONTROL_SHARE) return { ok: false, problem: { code: 'notSpreadsheet' } };
  const head = new TextDecoder(encoding).decode(bytes.subarray(textStart, textStart + 2048)).trimStart();
  if (HTML_START.test(head)) return { ok: false, problem: { code: 'html' } };
  return { ok: true, format: 'csv' };
}

/** Zip or compound file: a workbook container, whose size limit applies before its content is looked at. */
export function isWorkbookContainer(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, CFB);
}

export function sniffFormat(bytes: Uint8Array): Sniffed {
  const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  if (bytes.length === 0 || isWhitespaceOnly(bytes, hasBom ? 3 : 0)) return { ok: false, problem: { code: 'empty' } };
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) return sniffZip(bytes);
  if (startsWith(bytes, CFB)) return sniffCompoundFile(bytes);
  if (NOT_SPREADSHEET_SIGNATURES.some((signature) => startsWith(bytes, signature))) {
    return { ok: false, problem: { code: 'notSpreadsheet' } };
  }
  const utf16 = detectUtf16(bytes);
  if (utf16 !== null) return sniffUtf16Text(bytes, utf16);
  const sampleEnd = Math.min(bytes.length, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < sampleEnd; i++) {
    const byte = bytes[i] ?? 0;
    if (byte === 0) return { ok: false, problem: { code: 'notSpreadsheet' } };
    if (isStrayControl(byte)) controls++;
  }
  if (controls > sampleEnd * MAX_CONTROL_SHARE) return { ok: false, problem: { code: 'notSpreadsheet' } };
  const head = latin1(bytes, hasBom ? 3 : 0, 1024).trimStart();
  if (HTML_START.test(head)) return { ok: false, problem: { code: 'html' } };
  if (head.startsWith('<?xml') && SPREADSHEET_ML.test(head)) return { ok: true, format: 'xls' };
  return { ok: true, format: 'csv' };
}
