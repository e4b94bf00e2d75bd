import { isFormulaLike, neutraliseFormula, TEXT_PREFIX } from '../../../src/data/exportSafety';

describe('isFormulaLike', () => {
  // Behind spaces too: a reader that trims them (LibreOffice's CSV import, Excel's paste) then sees a formula.
  it.each(['=SUM(A1)', '+1', '-2+3', '@cmd', '\t=1', '\r=1', '=', '＝1+1', '＋1', '－1', '＠SUM(A1)', ' =1', '\n=1', '\u00a0+1'])(
    'flags %j',
    (text) => {
      expect(isFormulaLike(text)).toBe(true);
    },
  );

  it.each(['', 'SUM(A1)', ' 1', '1-2', 'a=b', 'Привет', '你好', "'=1", ' \n', '5'])('leaves %j alone', (text) => {
    expect(isFormulaLike(text)).toBe(false);
  });
});

describe('neutraliseFormula', () => {
  it('prefixes formula-like text with an apostrophe', () => {
    expect(TEXT_PREFIX).toBe("'");
    expect(neutraliseFormula('=HYPERLINK("http://x","y")')).toBe(`'=HYPERLINK("http://x","y")`);
    expect(neutraliseFormula('+1')).toBe("'+1");
    expect(neutraliseFormula('-2+3')).toBe("'-2+3");
    expect(neutraliseFormula('@cmd')).toBe("'@cmd");
    expect(neutraliseFormula('\t=1')).toBe("'\t=1");
    expect(neutraliseFormula('\r=1')).toBe("'\r=1");
  });

  it('returns ordinary text unchanged', () => {
    for (const text of ['', 'NPS', 'Лояльность 2024', '客户忠诚度', '1-2', "it's"]) {
      expect(neutraliseFormula(text)).toBe(text);
    }
  });

  it('is idempotent: neutralised text is no longer formula-like', () => {
    const once = neutraliseFormula('=1+1');
    expect(isFormulaLike(once)).toBe(false);
    expect(neutraliseFormula(once)).toBe(once);
  });
});
