/**
 * The import's public API. The UI uses the client (worker-backed); node code (tests, the benchmark)
 * uses the pipeline directly. Importing this index pulls in no SheetJS: the pipeline and the worker
 * load it, the client only through the worker or a dynamic import.
 */
export { createImportSession, type ImportCallOptions, type ImportSessionClient } from './client';
export type { ImportSummary } from './session';
export { missingRequired, normalizeHeader, proposeMapping } from './mapping';
export { typeCell, type TypedCell, type TypingContext } from './typing';
export { detectDecimalComma } from './csvDialect';
export { isoFromDateCell, isoFromExcelSerial, isoFromText } from './dates';
export * from './types';
