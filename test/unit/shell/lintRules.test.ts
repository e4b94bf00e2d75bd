import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/**
 * The rules eslint.config.js enforces, tried on snippets placed where real files live: a rule that
 * silently stopped matching (a renamed folder, a plugin update) would let every violation through.
 */
// Vitest runs from the project's root (jsdom gives import.meta.url no file path).
const root = process.cwd();
const eslint = new ESLint({ cwd: root });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('import boundaries', () => {
  it('keeps exercises out of src/store and src/app, and out of each other', async () => {
    expect(await ruleIds('exercises/kano/probe.ts', "import { useWorkbookStore } from '../../src/store/workbookStore';\nexport const probe = useWorkbookStore;\n")).toContain('import-x/no-restricted-paths');
    expect(await ruleIds('exercises/kano/probe.ts', "import { Header } from '../../src/app/Header';\nexport const probe = Header;\n")).toContain('import-x/no-restricted-paths');
    expect(await ruleIds('exercises/kano/probe.ts', "import { servqual } from '../servqual';\nexport const probe = servqual;\n")).toContain('import-x/no-restricted-paths');
  });

  it('lets an exercise take the pure parts of src/data, not its files, workers or storage', async () => {
    expect(await ruleIds('exercises/kano/probe.ts', "import { parseLocaleNumber } from '../../src/data/numbers';\nexport const probe = parseLocaleNumber;\n")).toEqual([]);
    expect(await ruleIds('exercises/kano/probe.ts', "import { downloadTemplate } from '../../src/data/import/template';\nexport const probe = downloadTemplate;\n")).toContain('import-x/no-restricted-paths');
    expect(await ruleIds('exercises/kano/probe.ts', "import { downloadBlob } from '../../src/data/download';\nexport const probe = downloadBlob;\n")).toContain('import-x/no-restricted-paths');
  });

  it('keeps shared code from importing src/app', async () => {
    expect(await ruleIds('src/workbook/probe.ts', "import { Header } from '../app/Header';\nexport const probe = Header;\n")).toContain('import-x/no-restricted-paths');
  });
});

describe('casts say why', () => {
  const file = 'src/data/probe.ts';
  it('flags a bare cast', async () => {
    expect(await ruleIds(file, 'export const probe = (JSON.parse("1") as number) + 1;\n')).toEqual(['local/casts-explained']);
  });

  it('accepts a cast with its reason on the line above or on its line, and a file-wide reason', async () => {
    expect(await ruleIds(file, '// Cast: the literal above is a number.\nexport const probe = (JSON.parse("1") as number) + 1;\n')).toEqual([]);
    expect(await ruleIds(file, 'export const probe = (JSON.parse("1") as number) + 1; // a number literal\n')).toEqual([]);
    expect(await ruleIds(file, '// Casts in this file: parsed literals.\nexport const one = JSON.parse("1") as number;\nexport const two = JSON.parse("2") as number;\n')).toEqual([]);
  });

  it('never flags `as const`', async () => {
    expect(await ruleIds(file, "export const probe = ['a', 'b'] as const;\n")).toEqual([]);
  });
});
