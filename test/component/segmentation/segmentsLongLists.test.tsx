import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useWorkbookStore } from '../../../src/store/workbookStore';
import type { SegmentationFigures } from '../../../exercises/segmentation/analysis/segmentationAnalysis';
import { demoSegmentationState } from '../../../exercises/segmentation/demo';
import { crossKey } from '../../../exercises/segmentation/model/segments';
import { CrossTab } from '../../../exercises/segmentation/steps/segments/CrossTab';
import { RuleCondition } from '../../../exercises/segmentation/steps/segments/RuleCondition';
import { workbookSettings } from '../../builders';
import { fixtureFigures, fixtureNames } from '../../unit/segmentation/segmentsFixture';

/** Thirty regions, each with one customer of class A, one of B and one of C; region k brings 100 − k per customer. */
function manyRegions(): SegmentationFigures {
  const figures = fixtureFigures('crossTab');
  const regions = Array.from({ length: 30 }, (_, k) => ({ key: `Регион ${k + 1}`, customers: 3, revenue: 3 * (100 - k) }));
  const revenue = regions.reduce((sum, region) => sum + region.revenue, 0);
  figures.criteria.region = { ok: true, kind: 'label', bounds: null, values: regions };
  figures.criteria.abc = { ok: true, kind: 'class', bounds: null, values: ['A', 'B', 'C'].map((key) => ({ key, customers: 30, revenue: revenue / 3 })) };
  const profile = (key: string, perCustomer: number) => ({ key, customers: 1, revenue: perCustomer, margin: null, orders: 1, firstHalfRevenue: null, secondHalfRevenue: null, firstHalfActive: 0, retained: 0 });
  figures.segments = regions.flatMap((region, k) => ['A', 'B', 'C'].map((abc) => profile(crossKey(region.key, abc), 100 - k)));
  figures.total = { ...figures.total, customers: 90, revenue, orders: 90 };
  return figures;
}

describe('segments: long value lists', () => {
  beforeEach(() => {
    useWorkbookStore.setState({ settings: workbookSettings(), exercises: {}, myData: {} });
    useWorkbookStore.getState().setLocale('ru');
  });

  it('shows a condition’s first 24 values and every ticked one, and the rest on request', async () => {
    const user = userEvent.setup();
    const state = demoSegmentationState();
    const onToggle = vi.fn();
    render(
      <ul>
        <RuleCondition
          condition={{ criterion: 'region', values: ['Регион 30'] }}
          index={0}
          ruleName="Юг"
          figures={manyRegions()}
          names={fixtureNames(state)}
          offered={['region', 'abc']}
          onCriterion={() => undefined}
          onToggle={onToggle}
          onRemove={() => undefined}
        />
      </ul>,
    );
    // 24 first, and the ticked 30th.
    expect(screen.getAllByRole('checkbox')).toHaveLength(25);
    expect(screen.getByRole('checkbox', { name: 'Регион 30 (3 клиента)' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Показать все значения (30)' }));
    expect(screen.getAllByRole('checkbox')).toHaveLength(30);
    await user.click(screen.getByRole('checkbox', { name: 'Регион 25 (3 клиента)' }));
    expect(onToggle).toHaveBeenCalledWith('Регион 25');
  });

  it('draws a cross-tab’s first 24 rows, says so, and keeps the totals of everyone', () => {
    const state = demoSegmentationState();
    state.segments = { ...state.segments, mode: 'crossTab', crossTab: { rows: 'region', columns: 'abc' } };
    render(<CrossTab crossTab={state.segments.crossTab} figures={manyRegions()} names={fixtureNames(state)} offered={['region', 'abc']} onChange={() => undefined} />);
    const table = screen.getByRole('table', { name: /«Регион» по строкам, «Класс ABC» по столбцам/ });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(25);
    expect(screen.getByText(/У критерия «Регион» 30 значений: показаны первые 24 по выручке/)).toBeInTheDocument();
    const total = within(table).getByRole('rowheader', { name: 'Всего' }).closest('tr');
    expect(total?.lastElementChild?.textContent?.replace(/\s/g, ' ')).toMatch(/^90 клиентов/);
  });
});
