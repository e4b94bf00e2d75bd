import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import type { FeatureResult } from '../../model';
import { kanoMessages } from '../../messages';
import { kanoStepMessages } from '../messages';

/** What the letters do not say: ties, mixed results, Fong's test, R or Q on top. Small samples are cautioned in the reading at the top. */
export function ResultNotes({ results, names }: { results: readonly FeatureResult[]; names: Map<string, string> }) {
  const t = useMessages(kanoStepMessages);
  const model = useMessages(kanoMessages);
  const format = useFormat();
  const items = results.flatMap((result) => {
    const c = result.classification;
    const notes: string[] = [];
    if (c.kind !== 'ok') notes.push(model('result.notEnoughData'));
    else {
      const first = model(`category.${c.category}.name`);
      const second = model(`category.${c.second.category}.name`);
      if (c.decidedByTieRule) notes.push(model('result.tieRule', { first, second }));
      else if (c.mixed) notes.push(model('result.mixed', { first, second, points: format.number(c.strengthPoints, 1) }));
      notes.push(
        model(c.fong.significant ? 'result.fongSignificant' : 'result.fongNotSignificant', {
          first,
          second,
          difference: c.fong.difference,
          critical: format.number(c.fong.critical, 1),
        }),
      );
      if (c.category === 'R') notes.push(model('result.topIsReverse'));
      if (c.category === 'Q') notes.push(model('result.topIsQuestionable'));
      if (c.betterWorse.kind === 'noBase') notes.push(model('result.noBetterWorse'));
    }
    if (result.incomplete > 0) notes.push(model('result.incomplete', { count: result.incomplete }));
    return [{ featureId: result.featureId, notes }];
  });
  return (
    <details className="kano-notes" open>
      <summary>{t('results.notesTitle')}</summary>
      <dl>
        {items.map((item) => (
          <div key={item.featureId}>
            <dt>{names.get(item.featureId)}</dt>
            {item.notes.map((note) => (
              <dd key={note}>{note}</dd>
            ))}
          </div>
        ))}
      </dl>
    </details>
  );
}
