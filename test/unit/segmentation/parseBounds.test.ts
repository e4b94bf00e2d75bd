import { describe, expect, it } from 'vitest';
import { boundsCodec, boundsKey, boundsOfKey, boundsText } from '../../../exercises/segmentation/steps/criteria/boundsCodec';
import { parseBounds } from '../../../exercises/segmentation/steps/criteria/parseBounds';

describe('typed bounds of a banded criterion', () => {
  it('reads bounds parted by semicolons, with a decimal comma, spaces and digit groups', () => {
    expect(parseBounds('6; 12; 24', true)).toEqual({ ok: true, bounds: [6, 12, 24] });
    expect(parseBounds(' 1,5 ;2,5;  10 000 ', true)).toEqual({ ok: true, bounds: [1.5, 2.5, 10000] });
    expect(parseBounds('1,5；2.5\n4', false)).toEqual({ ok: true, bounds: [1.5, 2.5, 4] });
    expect(parseBounds('1,500; 3,000', false)).toEqual({ ok: true, bounds: [1500, 3000] });
  });

  it('reads an empty text (or only separators) as the default', () => {
    expect(parseBounds('', true)).toEqual({ ok: true, bounds: null });
    expect(parseBounds(' ; ;', true)).toEqual({ ok: true, bounds: null });
  });

  it('names the first part that is wrong and why', () => {
    expect(parseBounds('6; abc; 24', true)).toEqual({ ok: false, problem: 'notANumber', part: 'abc' });
    expect(parseBounds('6, 12, 24', true)).toEqual({ ok: false, problem: 'notANumber', part: '6, 12, 24' });
    expect(parseBounds('10 %', true)).toEqual({ ok: false, problem: 'notANumber', part: '10 %' });
    expect(parseBounds('0; 5', true)).toEqual({ ok: false, problem: 'notPositive', part: '0' });
    expect(parseBounds('−3', true)).toEqual({ ok: false, problem: 'notPositive', part: '−3' });
    expect(parseBounds('12; 6', true)).toEqual({ ok: false, problem: 'notAscending', part: '6' });
    expect(parseBounds('6; 6', true)).toEqual({ ok: false, problem: 'notAscending', part: '6' });
    expect(parseBounds('1;2;3;4;5;6;7;8;9;10', true)).toEqual({ ok: false, problem: 'tooMany', part: '10' });
    expect(parseBounds('1;2;3;4;5;6;7;8;9', true)).toEqual({ ok: true, bounds: [1, 2, 3, 4, 5, 6, 7, 8, 9] });
  });

  it('writes stored bounds back in the language’s decimals, and reads them again', () => {
    expect(boundsText([1.5, 12, 20000], 'ru')).toBe('1,5; 12; 20000');
    expect(boundsText([1.5, 12, 20000], 'en')).toBe('1.5; 12; 20000');
    expect(boundsCodec.toText(boundsKey([1.5, 12]), 'ru')).toBe('1,5; 12');
    expect(boundsCodec.toText(boundsKey(null), 'zh')).toBe('');
    const read = boundsCodec.schema('ru').safeParse('1,5; 12; 20000');
    expect(read.data).toBe('1.5;12;20000');
    expect(boundsOfKey(read.data ?? '')).toEqual([1.5, 12, 20000]);
    expect(boundsOfKey(boundsCodec.schema('ru').safeParse('  ').data ?? 'x')).toBeNull();
    const bad = boundsCodec.schema('en').safeParse('3; 2');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('notAscending');
  });
});
