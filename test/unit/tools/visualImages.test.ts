import { decode, encode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { baselineImage, compareImages, downscale, encodePalettePng, readPng, sideBySide, type Rgba } from '../../e2e/visual/images.mjs';

/** A width×height image filled by `colour(x, y)` → [r, g, b] (opaque). */
function image(width: number, height: number, colour: (x: number, y: number) => [number, number, number]): Rgba {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set([...colour(x, y), 255], (y * width + x) * 4);
  return { width, height, data };
}

function pixel(picture: Rgba, x: number, y: number): number[] {
  return [...picture.data.subarray((y * picture.width + x) * 4, (y * picture.width + x) * 4 + 4)];
}

const white = (): [number, number, number] => [255, 255, 255];

describe('reading PNGs', () => {
  it('gives RGBA for truecolour, grey and palette files alike', () => {
    const rgb = encode({ width: 2, height: 1, channels: 3, depth: 8, data: new Uint8Array([10, 20, 30, 40, 50, 60]) });
    const grey = encode({ width: 2, height: 1, channels: 1, depth: 8, data: new Uint8Array([7, 200]) });
    const palette = encode({ width: 2, height: 1, channels: 1, depth: 8, data: new Uint8Array([1, 0]), palette: [[1, 2, 3], [4, 5, 6]] });
    expect([...readPng(rgb).data]).toEqual([10, 20, 30, 255, 40, 50, 60, 255]);
    expect([...readPng(grey).data]).toEqual([7, 7, 7, 255, 200, 200, 200, 255]);
    expect([...readPng(palette).data]).toEqual([4, 5, 6, 255, 1, 2, 3, 255]);
  });
});

describe('downscale', () => {
  it('averages each 2×2 block', () => {
    // Block of (0,0,0), (255,255,255), (10,20,30), (30,40,50): red (0+255+10+30)/4 = 73.75 → 74,
    // green (0+255+20+40)/4 = 78.75 → 79, blue (0+255+30+50)/4 = 83.75 → 84. The second block is all white.
    const colours: Record<string, [number, number, number]> = { '0,0': [0, 0, 0], '1,0': [255, 255, 255], '0,1': [10, 20, 30], '1,1': [30, 40, 50] };
    const small = downscale(image(4, 2, (x, y) => colours[`${x},${y}`] ?? [255, 255, 255]));
    expect(small.width).toBe(2);
    expect(small.height).toBe(1);
    expect(pixel(small, 0, 0)).toEqual([74, 79, 84, 255]);
    expect(pixel(small, 1, 0)).toEqual([255, 255, 255, 255]);
  });

  it('averages the pixels a block has at an odd right or bottom edge', () => {
    // 3×3: the right column's blocks hold 2 pixels (x = 2, rows 0–1) and 1 pixel (x = 2, y = 2).
    const small = downscale(image(3, 3, (x, y) => (x === 2 ? (y === 2 ? [90, 90, 90] : [y * 100, 0, 0]) : [0, 0, 0])));
    expect(small.width).toBe(2);
    expect(small.height).toBe(2);
    expect(pixel(small, 1, 0)).toEqual([50, 0, 0, 255]); // (0 + 100) / 2
    expect(pixel(small, 1, 1)).toEqual([90, 90, 90, 255]);
  });
});

describe('palette PNG', () => {
  it('keeps an image of at most 256 colours exactly', () => {
    const picture = image(16, 16, (x, y) => [x * 16, y * 16, 128]);
    const png = encodePalettePng(picture);
    const decoded = decode(png);
    expect(decoded.palette).toHaveLength(256);
    expect(decoded.channels).toBe(1);
    expect(readPng(png)).toEqual(picture);
  });

  it('reduces a page of more colours to 256, each pixel near its own colour', () => {
    // Like a screenshot: a light ground, a dark-blue button, and lines of "text" in anti-aliased greys and
    // blues, 294 colours in all. (RGBQuant is made for such pictures, not for smooth gradients.)
    const picture = image(64, 64, (x, y) => {
      if (x >= 40 && x < 60 && y >= 4 && y < 14) return [11, 79, 138];
      if (y > 16 && y % 4 === 0) return [(x * 4 + y) % 256, (x * 4 + y) % 256, (x * 4 + y) % 256];
      if (y > 16 && y % 4 === 1) return [(x * 3 + y) % 256, (x * 3 + y) % 256, 255];
      return [244, 246, 249];
    });
    const png = encodePalettePng(picture);
    expect(decode(png).palette).toHaveLength(256);
    const back = readPng(png);
    let worst = 0;
    for (let i = 0; i < picture.data.length; i++) worst = Math.max(worst, Math.abs((picture.data[i] ?? 0) - (back.data[i] ?? 0)));
    expect(worst).toBeLessThanOrEqual(4);
    expect(pixel(back, 0, 0)).toEqual([244, 246, 249, 255]);
    expect(pixel(back, 45, 5)).toEqual([11, 79, 138, 255]);
  });

  it('turns a screenshot into the same half-size bytes every time', () => {
    const screenshot = encode({ ...image(8, 6, (x, y) => (x < 4 ? [200, 30, 30] : [30, y * 40, 200])), channels: 4, depth: 8 });
    const first = baselineImage(screenshot);
    expect(baselineImage(screenshot)).toEqual(first);
    const small = readPng(first);
    expect([small.width, small.height]).toEqual([4, 3]);
    expect(pixel(small, 0, 0)).toEqual([200, 30, 30, 255]);
  });
});

describe('comparing two images', () => {
  const page = image(10, 10, (x, y) => (y === 2 && x > 1 && x < 8 ? [20, 20, 20] : [255, 255, 255]));

  it('finds nothing between identical images', () => {
    expect(compareImages(page, image(10, 10, (x, y) => (y === 2 && x > 1 && x < 8 ? [20, 20, 20] : [255, 255, 255])))).toMatchObject({ changedPixels: 0, ratio: 0 });
  });

  it('counts a changed pixel as a share of the page', () => {
    const moved = image(10, 10, (x, y) => ((y === 2 && x > 1 && x < 8) || (x === 5 && y === 7) ? [20, 20, 20] : [255, 255, 255]));
    const { changedPixels, totalPixels, ratio, diff } = compareImages(page, moved);
    expect(changedPixels).toBe(1);
    expect(totalPixels).toBe(100);
    expect(ratio).toBe(0.01);
    expect(pixel(diff, 5, 7).slice(0, 3)).toEqual([255, 0, 0]);
  });

  it('tolerates a colour difference below the pixel threshold, and sees it above', () => {
    const tinted = image(10, 10, (x, y) => (y === 2 && x > 1 && x < 8 ? [24, 24, 24] : [255, 255, 255]));
    expect(compareImages(page, tinted).changedPixels).toBe(0);
    expect(compareImages(page, tinted, { pixelThreshold: 0 }).changedPixels).toBe(6);
  });

  it('counts every pixel only one image covers when the page grew', () => {
    const taller = image(10, 12, (x, y) => (y === 2 && x > 1 && x < 8 ? [20, 20, 20] : [255, 255, 255]));
    const { changedPixels, totalPixels, ratio, diff } = compareImages(page, taller);
    // Same in the common 10×10; the 10×2 strip below is the baseline's nothing against the page's white.
    expect(changedPixels).toBe(20);
    expect(totalPixels).toBe(120);
    expect(ratio).toBeCloseTo(20 / 120, 12);
    expect([diff.width, diff.height]).toEqual([10, 12]);
    expect(pixel(diff, 0, 11)).toEqual([255, 0, 255, 255]);
  });
});

describe('diff sheet', () => {
  it('puts images side by side on grey, as tall as the tallest', () => {
    const sheet = sideBySide([image(2, 1, white), image(3, 2, () => [0, 0, 0])], 1);
    expect([sheet.width, sheet.height]).toEqual([6, 2]);
    expect(pixel(sheet, 0, 0)).toEqual([255, 255, 255, 255]);
    expect(pixel(sheet, 2, 0)).toEqual([128, 128, 128, 255]);
    expect(pixel(sheet, 0, 1)).toEqual([128, 128, 128, 255]);
    expect(pixel(sheet, 5, 1)).toEqual([0, 0, 0, 255]);
  });
});
