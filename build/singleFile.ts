import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, Rollup } from 'vite';

/** The name of the one-file workbook next to the hosted build in dist/ (see README, "Hosting"). */
export const SINGLE_FILE_NAME = 'loyalty-workbook.html';

/**
 * The single file's policy. It is opened from file://, where 'self' means nothing useful, so it names
 * nothing at all to load from: the one inline script is allowed by its hash, workers only from the blob
 * URLs the page makes of its own inlined worker code, and connect-src reaches no origin (blob: and data:
 * are the page's own bytes: exports and the import worker's file reads).
 */
export function singleFilePolicy(scriptHash: string): string {
  return [
    "default-src 'none'",
    `script-src '${scriptHash}'`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    'connect-src blob: data:',
    'worker-src blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const MODULE_WORKER = /\bnew\s+Worker\s*\(\s*new\s+URL\s*\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url\s*\)\s*,/g;

/**
 * Under file:// a page may not load a worker script from a file beside it, so every
 * `new Worker(new URL('./x.worker.ts', import.meta.url), options)` becomes Vite's inline worker
 * (`./x.worker.ts?worker&inline`): the worker's code is a string in the page, started from a blob URL.
 * Vite's wrapper is a function returning the worker, so `new wrapper(options)` yields that worker.
 */
export function inlineWorkersPlugin(): Plugin {
  return {
    name: 'single-file:inline-workers',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('node_modules') || !code.includes('new Worker')) return null;
      const imports: string[] = [];
      const rewritten = code.replace(MODULE_WORKER, (match: string, _quote: string, path: string, offset: number) => {
        // A usage example in a comment is not a worker to build.
        const lineStart = code.lastIndexOf('\n', offset) + 1;
        if (/^\s*(\*|\/\/|\/\*)/.test(code.slice(lineStart, offset))) return match;
        const name = `__inlineWorker${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(`${path}?worker&inline`)};`);
        return `new ${name}(`;
      });
      if (imports.length === 0) return null;
      return { code: `${imports.join('\n')}\n${rewritten}`, map: null };
    },
  };
}

/**
 * `</script` or `<!--` inside the code would end or confuse the inline script element; `\x3C` is `<` in
 * every place they can stand in valid code (strings, template literals, regular expressions, comments).
 */
export function escapeInlineScript(code: string): string {
  // After a backslash `\x3C` would read as a backslash and "x3C": fail the build rather than change the code.
  if (/\\<(\/?script|!--)/i.test(code)) throw new Error('single file: the code has a backslash before <script, </script or <!--');
  return code.replace(/<(\/?script|!--)/gi, '\\x3C$1');
}

const IMAGE_TYPES: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png', ico: 'image/x-icon' };

/** The images of public/ (the header's logo, the favicon) as data URLs, by the relative path the app uses. */
function publicImages(publicDir: string): Map<string, string> {
  const images = new Map<string, string>();
  for (const entry of readdirSync(publicDir, { withFileTypes: true })) {
    const type = IMAGE_TYPES[entry.name.split('.').pop() ?? ''];
    if (!entry.isFile() || !type) continue;
    images.set(`./${entry.name}`, `data:${type};base64,${readFileSync(join(publicDir, entry.name)).toString('base64')}`);
  }
  return images;
}

/** `"./favicon.svg"` in the code (a string or template literal) becomes the image's data URL. */
export function inlinePublicImages(code: string, images: ReadonlyMap<string, string>): string {
  let inlined = code;
  for (const [path, dataUrl] of images) {
    for (const quote of ['"', "'", '`']) inlined = inlined.split(`${quote}${path}${quote}`).join(`${quote}${dataUrl}${quote}`);
  }
  return inlined;
}

function isAsset(output: Rollup.OutputAsset | Rollup.OutputChunk): output is Rollup.OutputAsset {
  return output.type === 'asset';
}

/**
 * Turns the build into dist/loyalty-workbook.html and nothing else: the entry script and stylesheet
 * inlined, the favicon a data URL, the manifest link dropped (an installable app needs a server), and the
 * hosted build's policy replaced by the single file's own. Any other file left in the bundle would be a
 * request the file cannot make, so the build fails instead of writing a file that breaks on a USB stick.
 */
export function singleFileHtmlPlugin(publicDir: string): Plugin {
  return {
    name: 'single-file:html',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (!page || !isAsset(page)) throw new Error('single file: index.html is missing from the bundle');
        let html = String(page.source);
        const images = publicImages(publicDir);
        const used = new Set(['index.html', '_headers', 'nginx-security-headers.conf']);

        let script = '';
        html = html.replace(/<script type="module"[^>]*\ssrc="\.\/([^"]+)"[^>]*><\/script>\s*/g, (_tag: string, file: string) => {
          const chunk = bundle[file];
          if (!chunk || chunk.type !== 'chunk') throw new Error(`single file: the entry script ${file} is not in the bundle`);
          used.add(file);
          script += escapeInlineScript(inlinePublicImages(chunk.code, images));
          return '';
        });
        if (!script) throw new Error('single file: no entry script found in index.html');

        html = html.replace(/<link rel="stylesheet"[^>]*\shref="\.\/([^"]+)"[^>]*>/g, (_tag: string, file: string) => {
          const sheet = bundle[file];
          if (!sheet || !isAsset(sheet)) throw new Error(`single file: the stylesheet ${file} is not in the bundle`);
          used.add(file);
          return `<style>${String(sheet.source).replace(/<\/style/gi, '\\3C/style')}</style>`;
        });

        html = html.replace(/(<link rel="(?:icon|apple-touch-icon)"[^>]*\shref=")(\.\/[^"]+)"/g, (tag: string, start: string, path: string) => {
          const dataUrl = images.get(path);
          return dataUrl ? `${start}${dataUrl}"` : tag;
        });
        html = html.replace(/<link rel="manifest"[^>]*>\s*/g, '');
        html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '');

        const leftOver = Object.keys(bundle).filter((file) => !used.has(file));
        if (leftOver.length > 0) throw new Error(`single file: files the page would have to load beside it: ${leftOver.join(', ')}`);

        const scriptHash = `sha256-${createHash('sha256').update(script).digest('base64')}`;
        const policy = `<meta http-equiv="Content-Security-Policy" content="${singleFilePolicy(scriptHash)}" />`;
        html = html.replace(/<head>/, () => `<head>\n    ${policy}`);
        // At the end of the body the markup is parsed before the script runs, as with a module script.
        // A function, not a string: `$&` and `$'` in the code would be replacement patterns.
        html = html.replace(/<\/body>/, () => `  <script type="module">${script}</script>\n  </body>`);

        for (const file of Object.keys(bundle)) delete bundle[file];
        this.emitFile({ type: 'asset', fileName: SINGLE_FILE_NAME, source: html });
      },
    },
  };
}
