import { useId, useMemo, useState } from 'react';
import { isOneOf } from '../../data/oneOf';
import { useFormat, useLocale, useMessages } from '../../i18n/useI18n';
import type { DatasetSpec } from '../../data/spec';
import { IMPORT_LIMITS, type ColumnMapping, type Delimiter, type InspectOptions, type Inspection, type TableLayout, type TextEncoding } from '../../data/import/types';
import { importMessages } from './messages';
import { PreviewTable } from './PreviewTable';
import { headingTag } from './headingLevel';
import { fileSizeText } from './wording';
import { ScrollBox } from '../ScrollBox';

const ENCODINGS: readonly TextEncoding[] = ['utf-8', 'windows-1251', 'utf-16le', 'utf-16be'];
const DELIMITERS: readonly Delimiter[] = [';', ',', '\t', '|'];

/** Spreadsheet column letters, as the user sees them in Excel: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

interface InspectionPanelProps {
  spec: DatasetSpec;
  inspection: Inspection;
  mapping: ColumnMapping;
  onMappingChange: (key: string, index: number | null) => void;
  /** Re-inspect the file with changed options (sheet, encoding, delimiter, header row). */
  onReinspect: (options: InspectOptions) => void;
  busy: boolean;
  today: string;
  /** Level of the panel's own headings (mapping, preview). */
  headingLevel: number;
}

/** What was found in the file, the controls to correct it, the proposed mapping and the typed preview. */
export function InspectionPanel({ spec, inspection, mapping, onMappingChange, onReinspect, busy, today, headingLevel }: InspectionPanelProps) {
  const t = useMessages(importMessages);
  const locale = useLocale();
  const format = useFormat();
  const ids = useId();
  const [showHidden, setShowHidden] = useState(false);
  // Shown 1-based, as in the spreadsheet; kept as text while the user types.
  const [headerRowText, setHeaderRowText] = useState(String(inspection.headerRow + 1));
  const [headerFor, setHeaderFor] = useState(inspection);
  if (headerFor !== inspection) {
    setHeaderFor(inspection);
    setHeaderRowText(String(inspection.headerRow + 1));
  }

  const visibleSheets = inspection.sheets.filter((sheet) => showHidden || !sheet.hidden || sheet.name === inspection.sheet);
  const hasHiddenSheets = inspection.sheets.some((sheet) => sheet.hidden);
  const headerOption = (index: number) => {
    const header = inspection.headers[index]?.trim() ?? '';
    return header === '' ? t('mapping.columnName', { letter: columnLetter(index), header: t('mapping.untitled') }) : header;
  };
  const usedTwice = useMemo(() => {
    const byIndex = new Map<number, string[]>();
    for (const column of spec.columns) {
      const index = mapping[column.key];
      if (index === null || index === undefined) continue;
      byIndex.set(index, [...(byIndex.get(index) ?? []), column.label[locale]]);
    }
    return [...byIndex.values()].filter((labels) => labels.length > 1).map((labels) => labels.join(' / '));
  }, [mapping, spec, locale]);

  const Heading = headingTag(headingLevel);
  const layout = inspection.layout;
  const layouts: readonly TableLayout[] = layout ? ['long', ...layout.accepted] : [];
  const columnName = (key: string | undefined) => spec.columns.find((column) => column.key === key)?.label[locale] ?? '';
  const layoutDetail =
    layout === undefined || layout.used === 'long' ? null : t(`layout.${layout.used}.detail`, { group: columnName(spec.layouts?.group), item: columnName(spec.layouts?.item) });
  const noHeader = inspection.headerRow < 0;

  const applyHeaderRow = () => {
    const row = Number(headerRowText);
    if (Number.isInteger(row) && row >= 1 && row - 1 !== inspection.headerRow) onReinspect({ headerRow: row - 1 });
  };

  return (
    <div className="dataset-import__inspection">
      <p className="dataset-import__file">{t('file.info', { name: inspection.fileName, size: fileSizeText(t, inspection.fileBytes) })}</p>
      <p className="dataset-import__found">{noHeader ? t('header.none') : t('header.found', { row: inspection.headerRow + 1 })}</p>

      <div className="dataset-import__options">
        {inspection.sheets.length > 1 ? (
          <div className="dataset-import__option">
            <label htmlFor={`${ids}-sheet`}>{t('sheet.label')}</label>
            <select id={`${ids}-sheet`} value={inspection.sheet} disabled={busy} onChange={(event) => onReinspect({ sheet: event.currentTarget.value, headerRow: 'auto' })}>
              {visibleSheets.map((sheet) => (
                <option key={sheet.name} value={sheet.name}>
                  {sheet.hidden ? t('sheet.hidden', { name: sheet.name }) : sheet.name}
                </option>
              ))}
            </select>
            {hasHiddenSheets ? (
              <label className="dataset-import__check">
                <input type="checkbox" checked={showHidden} onChange={(event) => setShowHidden(event.currentTarget.checked)} /> {t('sheet.showHidden')}
              </label>
            ) : null}
          </div>
        ) : null}

        {inspection.encoding ? (
          <div className="dataset-import__option">
            <label htmlFor={`${ids}-encoding`}>{t('encoding.label')}</label>
            <select
              id={`${ids}-encoding`}
              value={inspection.encoding.used}
              disabled={busy}
              aria-describedby={`${ids}-encoding-hint`}
              onChange={(event) => isOneOf(ENCODINGS, event.currentTarget.value) && onReinspect({ encoding: event.currentTarget.value, headerRow: 'auto' })}
            >
              {ENCODINGS.map((encoding) => (
                <option key={encoding} value={encoding}>
                  {t(`encoding.${encoding}`)}
                </option>
              ))}
            </select>
            <p id={`${ids}-encoding-hint`} className="dataset-import__hint">
              {t('encoding.detected', { encoding: t(`encoding.${inspection.encoding.detected}`), bom: inspection.encoding.hadBom ? t('encoding.bom') : '' })}
            </p>
          </div>
        ) : null}

        {inspection.delimiter ? (
          <div className="dataset-import__option">
            <label htmlFor={`${ids}-delimiter`}>{t('delimiter.label')}</label>
            <select id={`${ids}-delimiter`} value={inspection.delimiter} disabled={busy} onChange={(event) => isOneOf(DELIMITERS, event.currentTarget.value) && onReinspect({ delimiter: event.currentTarget.value, headerRow: 'auto' })}>
              {DELIMITERS.map((delimiter) => (
                <option key={delimiter} value={delimiter}>
                  {t(delimiter === '\t' ? 'delimiter.tab' : `delimiter.${delimiter}`)}
                </option>
              ))}
            </select>
          </div>
        ) : null}

        {layout ? (
          <div className="dataset-import__option dataset-import__option--wide">
            <label htmlFor={`${ids}-layout`}>{t('layout.label')}</label>
            <select
              id={`${ids}-layout`}
              value={layout.used}
              disabled={busy}
              aria-describedby={`${ids}-layout-hint`}
              onChange={(event) => isOneOf(layouts, event.currentTarget.value) && onReinspect({ layout: event.currentTarget.value, headerRow: 'auto' })}
            >
              {layouts.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`layout.${kind}`)}
                </option>
              ))}
            </select>
            <p id={`${ids}-layout-hint`} className="dataset-import__hint">
              {layoutDetail === null ? null : `${layoutDetail} `}
              {t('layout.detected', { layout: t(`layout.${layout.detected}`) })}
            </p>
          </div>
        ) : null}

        {noHeader ? null : (
          <div className="dataset-import__option">
            <label htmlFor={`${ids}-header`}>{t('header.label')}</label>
            <div className="dataset-import__inline">
              <input
                id={`${ids}-header`}
                type="number"
                min={1}
                max={IMPORT_LIMITS.headerScanRows}
                inputMode="numeric"
                value={headerRowText}
                disabled={busy}
                onChange={(event) => setHeaderRowText(event.currentTarget.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') applyHeaderRow();
                }}
              />
              <button type="button" className="button" disabled={busy} onClick={applyHeaderRow}>
                {t('header.apply')}
              </button>
            </div>
          </div>
        )}
      </div>

      <section className="dataset-import__mapping" aria-labelledby={`${ids}-mapping`}>
        <Heading id={`${ids}-mapping`} className="dataset-import__heading">{t('mapping.title')}</Heading>
        <p className="explain">{t('mapping.intro')}</p>
        <ScrollBox label={t('mapping.title')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('mapping.needed')}</th>
                <th scope="col">{t('mapping.fileColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {spec.columns.map((column) => {
                const selectId = `${ids}-map-${column.key}`;
                const value = mapping[column.key];
                return (
                  <tr key={column.key}>
                    <th scope="row">
                      <label htmlFor={selectId}>{column.label[locale]}</label>
                      {column.required ? (
                        <span className="dataset-import__required">
                          {' '}
                          <span aria-hidden="true">*</span>
                          <span className="visually-hidden">({t('mapping.required')})</span>
                        </span>
                      ) : null}
                    </th>
                    <td>
                      <select
                        id={selectId}
                        value={value === null || value === undefined ? '' : String(value)}
                        disabled={busy}
                        aria-required={column.required || undefined}
                        onChange={(event) => onMappingChange(column.key, event.currentTarget.value === '' ? null : Number(event.currentTarget.value))}
                      >
                        <option value="">{t('mapping.notInFile')}</option>
                        {inspection.headers.map((_, index) => (
                          <option key={index} value={String(index)}>
                            {headerOption(index)}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
        <p className="dataset-import__hint">
          <span aria-hidden="true">*</span> {t('mapping.required')}
        </p>
        {usedTwice.length > 0 ? <p className="dataset-import__warning">{t('mapping.duplicate', { columns: usedTwice.join('; ') })}</p> : null}
      </section>

      <PreviewTable spec={spec} inspection={inspection} mapping={mapping} today={today} locale={locale} format={format} headingLevel={headingLevel} />
    </div>
  );
}
