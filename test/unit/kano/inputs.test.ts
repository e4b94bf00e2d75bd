import { describe, expect, it } from 'vitest';
import { proposeMapping } from '../../../src/data/import/mapping';
import { KANO_LONG_RESPONSES } from '../../../exercises/kano/inputs';

describe('the long response layout is recognised from headers in each language', () => {
  it.each([
    [['Респондент', 'Свойство', 'Функциональный', 'Дисфункциональный', 'Важность', 'Сегмент']],
    [['Respondent ID', 'Feature', 'Functional answer', 'Dysfunctional answer', 'Importance', 'Segment']],
    [['受访者', '特性', '正向问题', '反向问题', '重要性', '客户类型']],
  ])('%j', (headers) => {
    expect(proposeMapping(headers, KANO_LONG_RESPONSES)).toEqual({
      respondent: 0,
      feature: 1,
      functional: 2,
      dysfunctional: 3,
      importance: 4,
      segment: 5,
    });
  });
});
