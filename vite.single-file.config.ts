import { fileURLToPath } from 'node:url';
import { mergeConfig, type PluginOption } from 'vite';
import base from './vite.config';
import { inlineWorkersPlugin, singleFileHtmlPlugin } from './build/singleFile';

/**
 * The second half of `npm run build`: the whole workbook as dist/loyalty-workbook.html, one file that
 * opens by double click from a USB stick (file://, no server, no network). It runs after the hosted build
 * and adds only that file to dist/. Everything the hosted build splits into chunks is one script here:
 * the lazy steps, charts and SheetJS, and each worker with everything it imports.
 */
const publicDir = fileURLToPath(new URL('./public', import.meta.url));

/** The hosted build's policy (the single file has its own) and its service worker (file:// has none). */
const HOSTED_ONLY = new Set(['content-security-policy', 'service-worker']);
function isHostedOnly(option: PluginOption): boolean {
  return typeof option === 'object' && option !== null && 'name' in option && HOSTED_ONLY.has(String(option.name));
}

export default mergeConfig({ ...base, plugins: (base.plugins ?? []).flat().filter((option) => !isHostedOnly(option)) }, {
  plugins: [inlineWorkersPlugin(), singleFileHtmlPlugin(publicDir)],
  build: {
    emptyOutDir: false,
    copyPublicDir: false,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    cssCodeSplit: false,
    modulePreload: false,
    rolldownOptions: { output: { codeSplitting: false } },
  },
  // Chromium refuses a module worker from a blob URL made by a file:// page (its origin is opaque, and a
  // module worker's script must be same-origin); a classic worker from the same blob URL runs. So here the
  // workers are classic scripts, each one file with everything it imports.
  worker: { format: 'iife', rolldownOptions: { output: { codeSplitting: false } } },
});
