import { useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import { DIMENSIONS } from '../../structure';
import type { SurveyProblems, SurveySettings } from '../../model';
import { servqualMessages } from '../../messages';
import { uiMessages } from '../messages';

/** Beyond this many rows a category is summarised by its count; the full list is one click away. */
const LISTED = 12;

/**
 * What is wrong with a wave's answers, by kind, each with its count and what the calculation does with it:
 * answers outside the scale and blanks are left out of means (never read as 0); a split that does not make 100
 * keeps the respondent's gaps but leaves the weighting.
 */
export function ProblemList({ problems, settings }: { problems: SurveyProblems; settings: SurveySettings }) {
  const t = useMessages(servqualMessages);
  const ui = useMessages(uiMessages);
  const total = problems.outOfScale.length + problems.invalidWeights.length + problems.missingAnswers.length;
  if (total === 0) return <Callout tone="success">{ui('answers.clean')}</Callout>;

  const category = (key: string, title: string, lines: string[]) =>
    lines.length === 0 ? null : (
      <details key={key} className="sq-problems__group" open={lines.length <= LISTED}>
        <summary>{title}</summary>
        <ScrollBox label={title} className="sq-problems__list">
          <ul>
            {lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </ScrollBox>
      </details>
    );

  return (
    <Callout tone="warning" title={ui('answers.problemsTitle')}>
      <div className="sq-problems">
        {category(
          'weights',
          t('problem.summary.invalidWeights', { count: problems.invalidWeights.length }),
          problems.invalidWeights.map((row) =>
            row.reason === 'sumNot100'
              ? t('problem.weights.sumNot100', { respondent: row.respondentId, sum: row.statedSum ?? 0 })
              : t(`problem.weights.${row.reason}`, { respondent: row.respondentId }),
          ),
        )}
        {category(
          'scale',
          t('problem.summary.outOfScale', { count: problems.outOfScale.length }),
          problems.outOfScale.map((answer) =>
            t('problem.outOfScale', { respondent: answer.respondentId, part: t(`part.${answer.part}`), item: answer.item, value: answer.value, scale: settings.scale }),
          ),
        )}
        {category(
          'missing',
          t('problem.summary.missingAnswers', { count: problems.missingAnswers.length }),
          problems.missingAnswers.map((row) => t('problem.missingAnswers', { respondent: row.respondentId, count: row.items.length, items: row.items.join(', ') })),
        )}
      </div>
      <p className="field__hint">{ui('answers.weightsNote', { dimensions: DIMENSIONS.length })}</p>
    </Callout>
  );
}
