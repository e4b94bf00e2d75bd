import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { Bar, BarChart, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../src/charts/ChartFrame';
import { sideCategories } from '../../../src/charts/categoryAxes';
import { useWorkbookStore } from '../../../src/store/workbookStore';

const STATEMENTS = [
  { key: '13', name: 'Сотрудники компании никогда не бывают настолько заняты, чтобы не ответить на просьбу клиента.' },
  { key: '2', name: 'Помещения компании (офис, торговый зал, сайт) выглядят привлекательно и ухоженно.' },
];

/** A horizontal bar chart of the statements, as the SERVQUAL item chart wires it. */
function StatementBars() {
  return (
    <ChartFrame
      title="Разрывы по утверждениям"
      description="Восприятие минус ожидание."
      presenter={false}
      legend={[{ label: 'Разрыв', color: '#D55E00', marker: 'square' }]}
      axisTitles={{ x: 'Разрыв P − E' }}
    >
      {(sizing) => {
        const side = sideCategories(STATEMENTS, sizing, { minRowHeight: 26, margin: { top: 8, bottom: 8 } });
        const chart = (
          <BarChart data={STATEMENTS.map((statement, index) => ({ key: statement.key, gap: -index - 1 }))} layout="vertical">
            <XAxis type="number" />
            <YAxis {...side.yAxis} />
            <Bar dataKey="gap" />
          </BarChart>
        );
        return { chart, height: side.height, keyEntries: side.keyEntries };
      }}
    </ChartFrame>
  );
}

/** jsdom lays nothing out: the chart's box is given the width a laptop or a phone would give it. */
function chartBoxWidth(width: number) {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(() => new DOMRect(0, 0, width, 300));
}

describe('ChartFrame', () => {
  beforeEach(() => {
    useWorkbookStore.getState().setLocale('ru');
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('writes the names beside the bars on a laptop, with no key under the chart', () => {
    chartBoxWidth(900);
    render(<StatementBars />);
    const figure = screen.getByRole('figure', { name: 'Разрывы по утверждениям' });
    expect(within(figure).queryByRole('list', { name: 'Номера на графике' })).toBeNull();
    // Each statement whole beside its bar, wrapped onto lines.
    const labels = [...figure.querySelectorAll('svg text')].filter((text) => text.querySelectorAll('tspan').length > 1);
    expect(labels.map((text) => [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' '))).toEqual(STATEMENTS.map((statement) => statement.name));
    // The legend and the axis title are HTML around the drawing.
    expect(within(figure).getByText('Разрыв')).toBeInTheDocument();
    expect(within(figure).getByText('Разрыв P − E')).toBeInTheDocument();
  });

  it('lists every statement under its number when the chart is phone-narrow', () => {
    chartBoxWidth(330);
    render(<StatementBars />);
    const key = screen.getByRole('list', { name: 'Номера на графике' });
    const ticks = [...screen.getByRole('figure').querySelectorAll('svg text')].map((text) => text.textContent);
    expect(ticks).toEqual(expect.arrayContaining(['13', '2']));
    const entries = within(key)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(entries).toEqual(STATEMENTS.map((statement) => `${statement.key} ${statement.name}`));
  });
});
