import type { ReactNode } from 'react';
import { ScrollBox } from '../../../../src/ui/ScrollBox';

export interface SummaryRow {
  key: string;
  head: string;
  /** Written figures, one per column after the first. */
  cells: string[];
  className?: string;
}

/** A class summary (ABC or XYZ): a titled table of a class a row with its figures; on a phone each class is a card. */
interface Props {
  id: string;
  title: string;
  columns: string[];
  rows: SummaryRow[];
  /** Said instead of the table (why there are no classes). */
  instead?: ReactNode;
  /** Said under the table. */
  note?: ReactNode;
}

export function ClassSummaryTable({ id, title, columns, rows, instead, note }: Props) {
  const [first, ...figures] = columns;
  return (
    <section className="cb-abc-summary" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {instead ?? (
        <ScrollBox label={title}>
          <table className="table-cards cb-abc-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{first}</th>
                {figures.map((head) => (
                  <th key={head} scope="col" className="number">
                    {head}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className={row.className}>
                  <th scope="row">{row.head}</th>
                  {row.cells.map((cell, index) => (
                    <td key={figures[index]} className="number" data-label={figures[index]}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      {note}
    </section>
  );
}
