import { useId } from 'react';
import type { Locale } from '../../i18n/locale';
import type { Formatters } from '../../i18n/format';
import type { ColumnSpec, DatasetSpec } from '../../data/spec';
import type { ColumnMapping, Inspection, RawCell, TypedValue } from '../../data/import/types';
import { typeCell, type TypedCell } from '../../data/import/typing';
import { isoFromDateCell } from '../../data/import/dates';
import { useMessages } from '../../i18n/useI18n';
import { importMessages } from './messages';
import { cellReasonText } from './wording';
import { headingTag } from './headingLevel';
import { ScrollBox } from '../ScrollBox';

/** Rows shown: enough to judge the reading, few enough to fit beside the mapping. */
const SHOWN_ROWS = 8;
/** Texts longer than this may be cut with "…" in the cell; the whole text is then offered as its tooltip. */
const CLIP_HINT_FROM = 30;
/** Column types read as numbers: their heading is aligned right, over the figures. */
const NUMERIC_TYPES: ReadonlySet<ColumnSpec['type']> = new Set(['number', 'money', 'percent', 'likert']);

export function rawText(raw: RawCell | undefined): string {
  if (raw === null || raw === undefined) return '';
  if (raw instanceof Date) return isoFromDateCell(raw) ?? '';
  return String(raw);
}

/** A typed value as the user reads it; dates are calendar days, shown without any time-zone shift. */
export function typedText(value: TypedValue, column: ColumnSpec, format: Formatters): string {
  if (value === null) return '';
  if (typeof value === 'string') {
    const iso = column.type === 'date' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
    return iso ? format.date(new Date(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))) : value;
  }
  if (column.type === 'percent') return format.percent(value, 2);
  // Amounts all with two decimals, so a column reads alike (1 234,56 · 2 000,00); other numbers as they are.
  if (column.type === 'money') return format.fixed(value, 2);
  return format.number(value, 6);
}

interface PreviewTableProps {
  spec: DatasetSpec;
  inspection: Inspection;
  mapping: ColumnMapping;
  today: string;
  locale: Locale;
  format: Formatters;
  headingLevel: number;
}

/**
 * The first rows typed by the spec with the chosen mapping, the way the import will read them: a number
 * column that comes out as "not a number" here is worth fixing before importing a hundred thousand rows.
 */
export function PreviewTable({ spec, inspection, mapping, today, locale, format, headingLevel }: PreviewTableProps) {
  const t = useMessages(importMessages);
  const Heading = headingTag(headingLevel);
  const titleId = useId();
  const rows = inspection.preview.slice(0, SHOWN_ROWS);
  // Not decided here from the few rows shown: the inspection decided it for the whole file, and the import is pinned to it.
  const { decimalComma } = inspection;
  const columns = spec.columns.filter((column) => mapping[column.key] !== null && mapping[column.key] !== undefined);
  // Rows made from another layout (several per line of the file) have no spreadsheet row of their own to show.
  const numbered = (inspection.layout?.used ?? 'long') === 'long';

  return (
    <section className="dataset-import__preview" aria-labelledby={titleId}>
      <Heading id={titleId} className="dataset-import__heading">{t('preview.title')}</Heading>
      {rows.length === 0 ? (
        <p>{t('preview.none')}</p>
      ) : (
        <ScrollBox label={t('preview.title')}>
          <table>
            <thead>
              <tr>
                {numbered ? <th scope="col">{t('preview.rowNumber')}</th> : null}
                {columns.map((column) => (
                  <th scope="col" key={column.key} className={NUMERIC_TYPES.has(column.type) ? 'number' : undefined}>
                    {column.label[locale]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {/* 1-based, as in the spreadsheet: the header row, then the data rows below it. */}
                  {numbered ? <th scope="row">{inspection.headerRow + 2 + rowIndex}</th> : null}
                  {columns.map((column) => {
                    const raw = row[mapping[column.key] ?? -1];
                    const typed: TypedCell = typeCell(raw, column, { decimalComma, today });
                    if ('problem' in typed) {
                      const reason = cellReasonText(t, typed.problem, column);
                      return (
                        <td key={column.key} className="dataset-import__cell--invalid" title={reason}>
                          <span aria-hidden="true">⚠ </span>
                          {t('preview.invalid', { value: rawText(raw) || t('report.empty'), reason })}
                        </td>
                      );
                    }
                    const numeric = typeof typed.value === 'number';
                    const text = typedText(typed.value, column, format);
                    return (
                      <td key={column.key} className={numeric ? 'number' : undefined}>
                        {numeric ? text : <span className="dataset-import__clip" title={text.length > CLIP_HINT_FROM ? text : undefined}>{text}</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}
