// The pixels of the visual comparison (test/e2e/screenshots.mjs --compare): how a screenshot becomes a baseline
// image, and how two such images are compared. Pure functions of their arguments, unit-tested in
// test/unit/tools/visualImages.test.ts.
//
// A baseline image is the screenshot at half size, reduced to a 256-colour palette. Both cut the size the
// baseline adds to git history (a full-page desktop shot averages ~360 KB as Chromium writes it, ~57 KB
// this way) while every layout change stays visible. The current shot goes through the same steps before it is compared, so an unchanged
// page gives the same bytes and nothing to compare pixel by pixel.

import { decode, encode } from 'fast-png';
import { buildPaletteSync, utils } from 'image-q';
import pixelmatch from 'pixelmatch';

/** Baseline images are this many times smaller than the screenshot on each side. */
export const DOWNSCALE = 2;
export const PALETTE_COLORS = 256;

/**
 * @typedef {{ width: number, height: number, data: Uint8Array }} Rgba  8-bit RGBA, row by row
 */

/** Decodes any 8-bit PNG (truecolour, grey, palette, with or without alpha) to RGBA. */
export function readPng(bytes) {
  const png = decode(bytes);
  if (png.depth !== 8 && !png.palette) throw new Error(`PNG of ${png.depth}-bit samples is not supported`);
  const { width, height, channels } = png;
  const source = png.data;
  const data = new Uint8Array(width * height * 4);
  if (png.palette) {
    const colours = png.palette.map((colour, index) => [colour[0], colour[1], colour[2], colour.length === 4 ? colour[3] : (png.transparency?.[index] ?? 255)]);
    for (let pixel = 0; pixel < width * height; pixel++) data.set(colours[unpackIndex(png, pixel)] ?? [0, 0, 0, 255], pixel * 4);
    return { width, height, data };
  }
  if (channels === 4) {
    data.set(source);
    return { width, height, data };
  }
  for (let pixel = 0, from = 0, to = 0; pixel < width * height; pixel++, from += channels, to += 4) {
    const grey = channels < 3;
    data[to] = source[from];
    data[to + 1] = source[grey ? from : from + 1];
    data[to + 2] = source[grey ? from : from + 2];
    data[to + 3] = channels === 2 ? source[from + 1] : 255;
  }
  return { width, height, data };
}

/** A palette image of fewer than 8 bits per index packs several pixels in a byte, each row starting on a byte. */
function unpackIndex(png, pixel) {
  if (png.depth === 8) return png.data[pixel];
  const x = pixel % png.width;
  const y = (pixel - x) / png.width;
  const rowBytes = Math.ceil((png.width * png.depth) / 8);
  const bit = x * png.depth;
  const byte = png.data[y * rowBytes + (bit >> 3)];
  return (byte >> (8 - png.depth - (bit & 7))) & ((1 << png.depth) - 1);
}

/**
 * Shrinks an image `factor` times on each side, each pixel the average of its factor×factor block (a box
 * filter: text and lines get lighter but keep their place, which is what a layout comparison looks at). A
 * block cut short by the right or bottom edge averages the pixels it has.
 * @param {Rgba} image
 * @returns {Rgba}
 */
export function downscale(image, factor = DOWNSCALE) {
  const width = Math.ceil(image.width / factor);
  const height = Math.ceil(image.height / factor);
  const data = new Uint8Array(width * height * 4);
  const sums = new Uint32Array(width * 4);
  for (let y = 0; y < height; y++) {
    sums.fill(0);
    const rows = Math.min(factor, image.height - y * factor);
    for (let dy = 0; dy < rows; dy++) {
      const row = (y * factor + dy) * image.width * 4;
      for (let x = 0; x < image.width; x++) {
        const from = row + x * 4;
        const to = Math.floor(x / factor) * 4;
        sums[to] += image.data[from];
        sums[to + 1] += image.data[from + 1];
        sums[to + 2] += image.data[from + 2];
        sums[to + 3] += image.data[from + 3];
      }
    }
    for (let x = 0; x < width; x++) {
      const count = rows * Math.min(factor, image.width - x * factor);
      for (let channel = 0; channel < 4; channel++) {
        data[(y * width + x) * 4 + channel] = Math.round(sums[x * 4 + channel] / count);
      }
    }
  }
  return { width, height, data };
}

/**
 * Reduces an image to at most `colors` colours and encodes it as a palette PNG (one byte a pixel, which
 * deflate packs far better than three). RGBQuant (image-q) picks the palette: on screenshots it is several
 * times faster than Wu's or NeuQuant and as small. Each pixel then takes its nearest palette colour; no
 * dithering, whose noise would both grow the file and differ between two runs that differ in one spot.
 * @param {Rgba} image
 * @returns {Uint8Array}
 */
export function encodePalettePng(image, colors = PALETTE_COLORS) {
  const pixels = new Uint32Array(image.data.slice().buffer, 0, image.width * image.height);
  // A screenshot has a few thousand distinct colours over a million pixels: one image-q Point per colour,
  // shared by its pixels, instead of the million Points PointContainer.fromUint8Array would allocate.
  const container = new utils.PointContainer();
  container.setWidth(image.width);
  container.setHeight(image.height);
  const points = container.getPointArray();
  const byColour = new Map();
  for (let i = 0; i < pixels.length; i++) {
    const colour = pixels[i];
    let point = byColour.get(colour);
    if (!point) {
      point = utils.Point.createByUint32(colour);
      byColour.set(colour, point);
    }
    points[i] = point;
  }
  const palette = byColour.size <= colors ? [...byColour.values()] : paletteOf(container, colors);
  const nearest = nearestIndexOf(palette);
  const indices = new Uint8Array(pixels.length);
  let previous = -1;
  let previousIndex = 0;
  for (let i = 0; i < pixels.length; i++) {
    if (pixels[i] !== previous) {
      previous = pixels[i];
      previousIndex = nearest(byColour.get(previous));
    }
    indices[i] = previousIndex;
  }
  const opaque = palette.every((point) => point.a === 255);
  return encode(
    {
      width: image.width,
      height: image.height,
      data: indices,
      channels: 1,
      depth: 8,
      palette: palette.map((point) => (opaque ? [point.r, point.g, point.b] : [point.r, point.g, point.b, point.a])),
    },
    { zlib: { level: 9 } },
  );
}

function paletteOf(container, colors) {
  return buildPaletteSync([container], { colors, paletteQuantization: 'rgbquant', colorDistanceFormula: 'euclidean' })
    .getPointContainer()
    .getPointArray();
}

/** The index of the palette colour nearest to a point (squared RGBA distance), remembered per colour. */
function nearestIndexOf(palette) {
  const known = new Map();
  return (point) => {
    let found = known.get(point.uint32);
    if (found !== undefined) return found;
    let best = Infinity;
    found = 0;
    palette.forEach((candidate, index) => {
      const distance = (candidate.r - point.r) ** 2 + (candidate.g - point.g) ** 2 + (candidate.b - point.b) ** 2 + (candidate.a - point.a) ** 2;
      if (distance < best) {
        best = distance;
        found = index;
      }
    });
    known.set(point.uint32, found);
    return found;
  };
}

/** A screenshot as it is kept in the baseline: half size, palette PNG. */
export function baselineImage(screenshotPng) {
  return encodePalettePng(downscale(readPng(screenshotPng)));
}

/** Colour of the diff image where one image has pixels and the other has none (they differ in size). */
const OUTSIDE = [255, 0, 255, 255];

/**
 * Compares two images pixel by pixel with pixelmatch: a pixel counts as changed when its colour differs by
 * more than `pixelThreshold` (pixelmatch's perceptual distance, 0 = identical, 1 = black against white) and it
 * is not an anti-aliased edge pixel. When the sizes differ (a page grew taller), every pixel that only one of
 * the two images covers counts as changed too, so a page that grew is never "unchanged".
 * @param {Rgba} expected
 * @param {Rgba} actual
 * @returns {{ changedPixels: number, totalPixels: number, ratio: number, diff: Rgba }}
 */
export function compareImages(expected, actual, { pixelThreshold = 0.1 } = {}) {
  const width = Math.max(expected.width, actual.width);
  const height = Math.max(expected.height, actual.height);
  const common = { width: Math.min(expected.width, actual.width), height: Math.min(expected.height, actual.height) };
  const commonDiff = new Uint8Array(common.width * common.height * 4);
  const inCommon = pixelmatch(crop(expected, common).data, crop(actual, common).data, commonDiff, common.width, common.height, {
    threshold: pixelThreshold,
    includeAA: false,
  });
  const diff = { width, height, data: new Uint8Array(width * height * 4) };
  for (let pixel = 0; pixel < width * height; pixel++) diff.data.set(OUTSIDE, pixel * 4);
  paste(diff, { ...common, data: commonDiff }, 0, 0);
  const totalPixels = width * height;
  const changedPixels = inCommon + (totalPixels - common.width * common.height);
  return { changedPixels, totalPixels, ratio: changedPixels / totalPixels, diff };
}

/** The top-left width×height of an image. */
function crop(image, { width, height }) {
  if (image.width === width && image.height === height) return image;
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) data.set(image.data.subarray(y * image.width * 4, (y * image.width + width) * 4), y * width * 4);
  return { width, height, data };
}

function paste(target, image, left, top) {
  for (let y = 0; y < image.height; y++) {
    target.data.set(image.data.subarray(y * image.width * 4, (y + 1) * image.width * 4), ((top + y) * target.width + left) * 4);
  }
}

/** Images side by side on a grey ground (baseline | diff | current), for a person to open. */
export function sideBySide(images, gap = 8) {
  const width = images.reduce((sum, image) => sum + image.width, 0) + gap * (images.length - 1);
  const height = Math.max(...images.map((image) => image.height));
  const sheet = { width, height, data: new Uint8Array(width * height * 4) };
  for (let pixel = 0; pixel < width * height; pixel++) sheet.data.set([128, 128, 128, 255], pixel * 4);
  let left = 0;
  for (const image of images) {
    paste(sheet, image, left, 0);
    left += image.width + gap;
  }
  return sheet;
}

/** An RGBA image as a plain truecolour PNG (diff sheets: written for people, never committed). */
export function writePng(image) {
  return encode({ width: image.width, height: image.height, data: image.data, channels: 4, depth: 8 });
}
