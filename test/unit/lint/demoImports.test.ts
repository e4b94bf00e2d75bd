import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/** The import-boundary messages ESLint gives `code` as if it were the file at `path` (from the project root). */
async function boundaryMessages(path: string, code: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(code, { filePath: path });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'import-x/no-restricted-paths').map((message) => message.message);
}

describe('demo/ holds demo data only (eslint.config.js)', () => {
  it('stops a step, the model or the export from importing the exercise’s demo/', async () => {
    const imports: [path: string, code: string][] = [
      ['exercises/kano/steps/ResultsStep.tsx', "import { demoSurvey } from '../demo';\nexport const survey = demoSurvey;\n"],
      ['exercises/kano/export.ts', "import { demoKanoState } from './demo/startStates';\nexport const start = demoKanoState;\n"],
      ['exercises/servqual/model/wave.ts', "import { demoServqualState } from '../demo';\nexport const start = demoServqualState;\n"],
      ['exercises/program-roi/steps/DiscountStep.tsx', "import { demoRoiState } from '../demo';\nexport const start = demoRoiState;\n"],
    ];
    for (const [path, code] of imports) {
      expect(await boundaryMessages(path, code), path).toEqual([expect.stringContaining('Only the exercise’s index.ts imports its demo/')]);
    }
  }, 30_000);

  it('lets the definition offer the demo start state, and ROI load its demo sales on demand', async () => {
    expect(await boundaryMessages('exercises/kano/index.ts', "import { demoKanoState } from './demo/startStates';\nexport const start = demoKanoState;\n")).toEqual([]);
    expect(
      await boundaryMessages('exercises/program-roi/steps/evaluation/useEvaluation.ts', "import { demoSalesRows } from '../../demo/evaluationDemo';\nexport const rows = demoSalesRows;\n"),
    ).toEqual([]);
  }, 30_000);
});
