// Turns screenshots into baseline images (images.mjs: half size, palette) on a worker thread, so that the
// ~1 s of pixel work per shot runs while the browser renders the next page instead of after it.

import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { baselineImage } from './images.mjs';

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', ({ id, png }) => {
    try {
      const image = baselineImage(png);
      port.postMessage({ id, image }, [image.buffer]);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
}

/** A worker thread with `toBaseline(png) → Promise<Uint8Array>` and `close()`. */
export function startImageWorker() {
  const worker = new Worker(new URL(import.meta.url));
  const waiting = new Map();
  let next = 0;
  worker.on('message', ({ id, image, error }) => {
    const { resolve, reject } = waiting.get(id);
    waiting.delete(id);
    if (error) reject(new Error(error));
    else resolve(image);
  });
  worker.on('error', (error) => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  });
  return {
    toBaseline(png) {
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, png });
      });
    },
    close: () => worker.terminate(),
  };
}
