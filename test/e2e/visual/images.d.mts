// Types for images.mjs (plain ESM so that the screenshots tool runs without a TS loader).

export interface Rgba {
  width: number;
  height: number;
  data: Uint8Array;
}

export declare const DOWNSCALE: number;
export declare const PALETTE_COLORS: number;

export declare function readPng(bytes: Uint8Array): Rgba;
export declare function downscale(image: Rgba, factor?: number): Rgba;
export declare function encodePalettePng(image: Rgba, colors?: number): Uint8Array;
export declare function baselineImage(screenshotPng: Uint8Array): Uint8Array;
export declare function compareImages(
  expected: Rgba,
  actual: Rgba,
  options?: { pixelThreshold?: number },
): { changedPixels: number; totalPixels: number; ratio: number; diff: Rgba };
export declare function sideBySide(images: Rgba[], gap?: number): Rgba;
export declare function writePng(image: Rgba): Uint8Array;
