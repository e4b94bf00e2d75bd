import { buildPrecache } from '../../../build/precache';
import { escapeInlineScript, inlinePublicImages } from '../../../build/singleFile';

const BUILD = [
  { fileName: 'index.html', source: '<!doctype html>' },
  { fileName: 'assets/index-abc.js', source: 'console.log(1)' },
  { fileName: 'assets/worker-def.js', source: new Uint8Array([1, 2, 3]) },
  { fileName: 'favicon.svg', source: '<svg/>' },
  { fileName: '_headers', source: '/*' },
  { fileName: 'nginx-security-headers.conf', source: 'add_header' },
  { fileName: 'loyalty-workbook.html', source: '<!doctype html>' },
  { fileName: 'sw.js', source: 'self' },
  { fileName: 'assets/index-abc.js.map', source: '{}' },
];

describe('the service worker precache list', () => {
  it('lists the start URL and the app files, sorted, and leaves out host files, the single file, maps and itself', () => {
    expect(buildPrecache(BUILD).files).toEqual(['./', 'assets/index-abc.js', 'assets/worker-def.js', 'favicon.svg', 'index.html']);
  });

  it('keeps its version while the files are the same, in any order', () => {
    expect(buildPrecache([...BUILD].reverse()).version).toBe(buildPrecache(BUILD).version);
    expect(buildPrecache(BUILD).version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes its version when any precached file changes, even one whose name has no hash', () => {
    const changed = BUILD.map((file) => (file.fileName === 'index.html' ? { ...file, source: '<!doctype html><title>new</title>' } : file));
    expect(buildPrecache(changed).version).not.toBe(buildPrecache(BUILD).version);
  });

  it('does not change its version for a file it does not cache', () => {
    const changed = BUILD.map((file) => (file.fileName === '_headers' ? { ...file, source: '/* changed' } : file));
    expect(buildPrecache(changed).version).toBe(buildPrecache(BUILD).version);
  });
});

describe('the single file inlining', () => {
  it('keeps </script and <!-- inside the code from ending the inline script, as the same characters', () => {
    const code = 'const a = "</script>"; const b = `<!-- x`; const c = /<\\/SCRIPT/;';
    const escaped = escapeInlineScript(code);
    expect(escaped).not.toMatch(/<\/script|<!--/i);
    // What the script means is unchanged: the strings read back the same.
    expect(new Function(`${escaped}; return [a, b];`)()).toEqual(['</script>', '<!-- x']);
  });

  it('puts a public image the code names by its relative path in place as a data URL', () => {
    const images = new Map([['./favicon.svg', 'data:image/svg+xml;base64,PHN2Zy8+']]);
    expect(inlinePublicImages('h("img",{src:"./favicon.svg"});x=`./favicon.svg`;y="./favicon.svgz"', images)).toBe(
      'h("img",{src:"data:image/svg+xml;base64,PHN2Zy8+"});x=`data:image/svg+xml;base64,PHN2Zy8+`;y="./favicon.svgz"',
    );
  });
});
