import { describe, expect, it } from 'vitest';
import { duplicateLandmarks } from '../../e2e/walk/checks/uniqueLandmarks';

describe('the walk’s unique-landmarks rule', () => {
  it('reports two regions of one name', () => {
    expect(duplicateLandmarks('- region "Итог"\n- region "Итог"')).toEqual(['2 landmarks are region "Итог": give each its own name']);
  });

  it('does not take search boxes for search landmarks', () => {
    // Two filters on one page are two text inputs of role searchbox, not two `search` landmarks.
    expect(duplicateLandmarks('- searchbox "Найти товар"\n- searchbox "Найти товар"\n- search "Поиск"')).toEqual([]);
  });
});
