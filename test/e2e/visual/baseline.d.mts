// Types for baseline.mjs (plain ESM so that the screenshots tool runs without a TS loader).

export interface ShotName {
  page: string;
  lang: string;
  view: string;
}

export interface PageResult {
  name: string;
  changedPixels: number;
  ratio: number;
  size?: string;
}

export declare const DEFAULT_THRESHOLD: number;

export declare function shotFileName(name: ShotName): string;
export declare function parseShotFileName(fileName: string): ShotName | null;
export declare function matchShots(
  shots: string[],
  baseline: string[],
  inScope: (name: ShotName) => boolean,
): { compared: string[]; added: string[]; missing: string[] };
export declare function judge<Result extends PageResult>(results: Result[], threshold?: number): { changed: Result[]; tolerated: Result[]; same: number };
export declare function percent(ratio: number): string;
export declare function formatReport(
  verdict: { changed: PageResult[]; tolerated: PageResult[]; same: number },
  context: { added: string[]; missing: string[]; threshold: number; diffDir: string },
): string;
