import { useId } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import type { DickBasuResult } from '../../model/dickBasu';
import { matrixMessages, type MatrixMessageKey } from '../../messages/matrix';

/**
 * How the survey met the sales: every answer accounted for (matched, no id, id not found, repeated, no attitude),
 * with the first ids not found so the participant sees at once whether the two files number customers alike.
 */
export function MatchReport({ result, unusableSalesRows }: { result: DickBasuResult; unusableSalesRows: number }) {
  const t = useMessages(matrixMessages);
  const format = useFormat();
  const titleId = useId();
  const lines: [MatrixMessageKey, number][] = [
    ['matrix.match.answers', result.answers],
    ['matrix.match.matched', result.matched],
    ['matrix.match.withoutId', result.withoutId],
    ['matrix.match.notFound', result.notFound],
    ['matrix.match.duplicates', result.duplicates],
    ['matrix.match.noAttitude', result.noAttitude],
  ];
  const separator = format.locale === 'zh' ? '、' : ', ';
  return (
    <section className="step-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('matrix.match.title')}</h3>
      {result.notFound > 0 ? (
        <Callout tone="warning">
          <p>{t('matrix.match.notFoundWarning', { withId: result.found + result.notFound, notFound: result.notFound, ids: result.notFoundExamples.join(separator) })}</p>
        </Callout>
      ) : null}
      <dl className="lm-match">
        {lines
          .filter(([key, count]) => count > 0 || key === 'matrix.match.matched')
          .map(([key, count]) => (
            <div key={key} className="lm-match__line">
              <dt>{t(key)}</dt>
              <dd>{format.integer(count)}</dd>
            </div>
          ))}
      </dl>
      {result.duplicates > 0 ? <p className="finding">{t('matrix.match.duplicatesWarning', { ids: result.duplicateExamples.join(separator) })}</p> : null}
      {result.byBasis.nps > 0 ? <p className="finding">{t('matrix.match.basisNps', { count: result.byBasis.nps })}</p> : null}
      {unusableSalesRows > 0 ? <p className="finding">{t('matrix.match.unusableSales', { count: unusableSalesRows })}</p> : null}
    </section>
  );
}
