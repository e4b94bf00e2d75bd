import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import { KANO_CATEGORIES, type FeatureResult } from '../../model';
import { kanoMessages } from '../../messages';
import { kanoStepMessages } from '../messages';
import { CATEGORY_COLORS } from './categoryColors';

/**
 * Per feature: counts and shares of all six categories (R and Q included), the category and its tests.
 * Thirteen columns have to fit a 1366 px laptop beside the step list: each category's count and share share
 * one cell, short headers carry their full name in <abbr title>, and the feature's name wraps. A phone has room
 * for none of that: each feature becomes a card (table-cards, kano.css), its category right under its name.
 */
export function ResultsTable({ results, names }: { results: readonly FeatureResult[]; names: Map<string, string> }) {
  const t = useMessages(kanoStepMessages);
  const model = useMessages(kanoMessages);
  const format = useFormat();
  return (
    <ScrollBox label={t('results.tableCaption')}>
      <table className="kano-results table-cards">
        <caption>{t('results.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.feature')}</th>
            <th scope="col" className="number">
              <abbr title={t('results.nTitle')}>n</abbr>
            </th>
            {KANO_CATEGORIES.map((category) => (
              <th key={category} scope="col" className="number">
                <abbr title={model(`category.${category}.name`)}>{category}</abbr>
              </th>
            ))}
            <th scope="col">{t('results.category')}</th>
            <th scope="col" className="number">
              <abbr title={model('result.strength')}>{t('results.strength')}</abbr>
            </th>
            <th scope="col">{t('results.fong')}</th>
            <th scope="col" className="number">Better</th>
            <th scope="col" className="number">Worse</th>
            <th scope="col" className="number">
              {t('results.importanceShort') === t('results.importance') ? t('results.importance') : <abbr title={t('results.importance')}>{t('results.importanceShort')}</abbr>}
            </th>
          </tr>
        </thead>
        <tbody>
          {results.map((result) => {
            const c = result.classification;
            const name = names.get(result.featureId) ?? '';
            if (c.kind !== 'ok') {
              return (
                <tr key={result.featureId}>
                  <th scope="row">{name}</th>
                  <td colSpan={13} className="muted">
                    {model('result.notEnoughData')}
                  </td>
                </tr>
              );
            }
            const bw = c.betterWorse.kind === 'ok' ? c.betterWorse : null;
            return (
              <tr key={result.featureId}>
                <th scope="row">{name}</th>
                <td className="number kano-results__detail" data-label="n">
                  {c.n}
                </td>
                {KANO_CATEGORIES.map((category) => (
                  <td key={category} className={`number kano-results__count${category === c.category ? ' kano-results__top' : ''}`} data-label={category}>
                    {c.counts[category]}
                    <span className="kano-results__share">{format.percent(c.shares[category], 0)}</span>
                  </td>
                ))}
                <td className="kano-results__category" data-label={t('results.category')}>
                  <span className="kano-badge" style={{ borderColor: CATEGORY_COLORS[c.category] }}>
                    {c.category}
                  </span>{' '}
                  <span className="kano-results__category-name">{model(`category.${c.category}.name`)}</span>
                  {c.mixed ? <> <span className="kano-flag kano-results__flag">{t('results.mixedShort', { second: model(`category.${c.second.category}.name`) })}</span></> : null}
                  {c.decidedByTieRule ? <> <span className="kano-flag kano-results__flag">{t('results.tieShort')}</span></> : null}
                </td>
                <td className="number kano-results__detail" data-label={t('results.strength')}>
                  {t('results.points', { points: format.number(c.strengthPoints, 1) })}
                </td>
                <td className="kano-results__detail" data-label={t('results.fong')}>
                  {c.fong.significant ? t('results.fongYes') : t('results.fongNo')}
                </td>
                <td className="number kano-results__detail" data-label="Better">
                  {bw ? format.fixed(bw.better, 2) : '—'}
                </td>
                <td className="number kano-results__detail" data-label="Worse">
                  {bw ? format.fixed(bw.worse, 2) : '—'}
                </td>
                <td className="number kano-results__detail" data-label={t('results.importance')}>
                  {result.importance ? format.fixed(result.importance.mean, 1) : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}
