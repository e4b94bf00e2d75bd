import { describe, expect, it } from 'vitest';
import { buildHandIn, handInFileName, type HandInParts } from '../../../src/handin/buildHandIn';
import { HAND_IN_FORMAT, HAND_IN_VERSION, handInFileSchema } from '../../../src/handin/format';
import { withTeamSheet } from '../../../src/handin/teamSheet';
import { teamBackupFileName } from '../../../src/app/backup/downloadBackup';
import { exerciseEntry } from '../../builders';

// Late evening in the participant's own time: the file is named after that day.
const now = new Date(2026, 11, 7, 23, 30);
const kanoTitle = { ru: 'Модель Кано: какие свойства развивать', en: 'Kano model: which features to build', zh: '卡诺模型：应该开发哪些产品特性' };
const summary = { sections: [{ id: 'categories', title: kanoTitle, rows: [{ key: 'parking', label: { ru: 'Парковка', en: 'Parking', zh: '停车' }, cell: { kind: 'number' as const, value: 0.5, decimals: 2 } }] }] };

function parts(overrides: Partial<HandInParts> = {}): HandInParts {
  return { team: ' Север ', exercise: { id: 'kano', title: kanoTitle }, locale: 'ru', entry: exerciseEntry({ state: { features: [] } }), summary, rows: null, now, ...overrides };
}

describe('the hand-in file', () => {
  it('holds the team, the exercise, its progress and its figures, and validates against the format', () => {
    const result = buildHandIn(parts());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(handInFileSchema.safeParse(JSON.parse(result.text)).success).toBe(true);
    expect(result.file).toEqual({
      format: HAND_IN_FORMAT,
      formatVersion: HAND_IN_VERSION,
      team: 'Север',
      exerciseId: 'kano',
      exerciseTitle: kanoTitle,
      handedInAt: now.toISOString(),
      locale: 'ru',
      entry: parts().entry,
      summary,
    });
    expect('rows' in result.file).toBe(false);
  });

  it('carries imported rows only when they were ticked', () => {
    const rows = { 'kano-responses-long': { fileName: 'ответы.csv', rows: [{ respondent: 'R1', functional: 3, segment: null }] } };
    const result = buildHandIn(parts({ rows }));
    expect(result.ok && result.file.rows).toEqual(rows);
    expect(result.ok && handInFileSchema.safeParse(JSON.parse(result.text)).success).toBe(true);
  });

  it('hands in an exercise without figures to compare with an empty summary', () => {
    const result = buildHandIn(parts({ summary: null }));
    expect(result.ok && result.file.summary).toEqual({ sections: [] });
  });

  it('refuses a file without a team name', () => {
    expect(buildHandIn(parts({ team: '   ' }))).toEqual({ ok: false, problem: 'noTeam' });
  });

  it('is named after the team, the exercise and the day, safely for every system', () => {
    expect(handInFileName('Север', kanoTitle.ru, now)).toBe('Север — Модель Кано какие свойства развивать — 2026-12-07.handin.json');
    expect(handInFileName('北方队', kanoTitle.zh, now)).toBe('北方队 — 卡诺模型：应该开发哪些产品特性 — 2026-12-07.handin.json');
    // Characters Windows forbids become spaces; a long name is cut so the exercise and the day still fit.
    expect(handInFileName('A/B: "team"?', 'ROI', now)).toBe('A B team — ROI — 2026-12-07.handin.json');
    const long = handInFileName('Команда '.repeat(20), kanoTitle.ru, now);
    expect(long).toMatch(/^Команда Команда Команда Команда Команда… — Модель Кано какие свойства развивать — 2026-12-07\.handin\.json$/);
  });
});

describe('the team beyond the hand-in', () => {
  it('puts a first sheet naming the team in front of an export, none without a team', () => {
    const sheets = [{ name: 'Результаты', rows: [['a']] }];
    expect(withTeamSheet(sheets, { team: '', exerciseTitle: 'ROI', locale: 'ru', now })).toEqual(sheets);
    expect(withTeamSheet(sheets, { team: ' 北方队 ', exerciseTitle: '投资回报率', locale: 'zh', now })).toEqual([
      {
        name: '团队',
        rows: [
          ['团队', '北方队'],
          ['练习', '投资回报率'],
          ['导出时间', now],
        ],
      },
      ...sheets,
    ]);
  });

  it('names a backup after the team', async () => {
    expect(await teamBackupFileName('', now)).toBe('loyalty-workbook-backup-2026-12-07.json');
    expect(await teamBackupFileName('Север: 2', now)).toBe('loyalty-workbook-backup-2026-12-07 Север 2.json');
  });
});
