// Types for preview-server.mjs (plain ESM so that the screenshots tool can use it without a TS loader).

export declare const REPO_ROOT: string;
export declare const HOST: string;

type Log = (message: string) => void;

export declare function distDir(): string;
export declare function ensureBuilt(options?: { force?: boolean; log?: Log }): string;
export declare function freePort(): Promise<number>;
export declare function startPreview(options?: {
  build?: boolean;
  log?: Log;
  timeoutMs?: number;
}): Promise<{ baseUrl: string; stop: () => Promise<void> }>;
