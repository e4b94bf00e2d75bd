import { describe, expect, it } from 'vitest';
import { formatReport, judge, matchShots, parseShotFileName, percent, shotFileName } from '../../e2e/visual/baseline.mjs';

describe('shot file names', () => {
  it('name a page, a language and a view, and read back', () => {
    const name = shotFileName({ page: 'ex-program-roi-discount', lang: 'zh', view: 'phone' });
    expect(name).toBe('ex-program-roi-discount--zh--phone.png');
    expect(parseShotFileName(name)).toEqual({ page: 'ex-program-roi-discount', lang: 'zh', view: 'phone' });
  });

  it('leave out files the walk never writes', () => {
    expect(parseShotFileName('README.md')).toBeNull();
    expect(parseShotFileName('home.png')).toBeNull();
    expect(parseShotFileName('home--en--1366x768.png')).toBeNull();
  });
});

describe('matching shots with the baseline', () => {
  const everything = () => true;

  it('pairs by name, and tells new shots and baseline images with no shot apart', () => {
    const shots = ['home--en--desktop.png', 'ex-kano-features--en--desktop.png', 'ex-kano-results--en--desktop.png'];
    const baseline = ['home--en--desktop.png', 'ex-kano-features--en--desktop.png', 'ex-kano-old--en--desktop.png'];
    expect(matchShots(shots, baseline, everything)).toEqual({
      compared: ['home--en--desktop.png', 'ex-kano-features--en--desktop.png'],
      added: ['ex-kano-results--en--desktop.png'],
      missing: ['ex-kano-old--en--desktop.png'],
    });
  });

  it('does not call missing what a limited walk left out', () => {
    const shots = ['home--en--desktop.png'];
    const baseline = ['home--en--desktop.png', 'home--zh--desktop.png', 'home--en--phone.png', 'ex-kano-old--en--desktop.png'];
    const englishDesktop = ({ lang, view }: { lang: string; view: string }) => lang === 'en' && view === 'desktop';
    expect(matchShots(shots, baseline, englishDesktop).missing).toEqual(['ex-kano-old--en--desktop.png']);
  });
});

describe('judging the differences', () => {
  const results = [
    { name: 'home--en--desktop', changedPixels: 0, ratio: 0 },
    { name: 'ex-kano-results--en--phone', changedPixels: 12, ratio: 0.00005 },
    { name: 'ex-kano-features--zh--desktop', changedPixels: 800, ratio: 0.002 },
    { name: 'ex-servqual-plan--ru--presenter', changedPixels: 40_000, ratio: 0.03 },
  ];

  it('counts a page as changed only above the threshold, the largest change first', () => {
    const verdict = judge(results, 0.0001);
    expect(verdict.changed.map((result) => result.name)).toEqual(['ex-servqual-plan--ru--presenter', 'ex-kano-features--zh--desktop']);
    expect(verdict.tolerated.map((result) => result.name)).toEqual(['ex-kano-results--en--phone']);
    expect(verdict.same).toBe(1);
  });

  it('at threshold 0 lets no changed pixel through', () => {
    expect(judge(results, 0).changed).toHaveLength(3);
  });

  it('writes shares as percentages', () => {
    expect(percent(0)).toBe('0 %');
    expect(percent(0.00005)).toBe('<0.01 %');
    expect(percent(0.002)).toBe('0.20 %');
    expect(percent(0.25)).toBe('25.0 %');
  });

  it('reports changed pages as a table, then new and missing pages, then a summary', () => {
    const verdict = judge(
      results.map((result) => ({ ...result, size: '683×900' })),
      0.0001,
    );
    const report = formatReport(verdict, { added: ['ex-kano-new--en--desktop.png'], missing: [], threshold: 0.0001, diffDir: 'test/e2e/visual-diff' });
    expect(report.split('\n')).toEqual([
      'Changed beyond 0.01 % of the page (2):',
      '  page                             changed  pixels  size (baseline → now)',
      '  ex-servqual-plan--ru--presenter   3.00 %   40000                683×900',
      '  ex-kano-features--zh--desktop     0.20 %     800                683×900',
      '',
      'New pages, not in the baseline (1):',
      '  ex-kano-new--en--desktop.png',
      '',
      '4 compared: 1 same, 1 within tolerance, 2 changed; 1 new, 0 missing. Diff images: test/e2e/visual-diff',
    ]);
  });
});
