import { useMessages } from '../../../../src/i18n/useI18n';
import type { Locale } from '../../../../src/i18n/locale';
import type { StepProps } from '../../../../src/workbook/contract';
import { answerPairs, checkWeights, type SurveySettings } from '../../model';
import type { ServqualState } from '../../state';
import { uiMessages } from '../messages';
import { fixedNumber } from '../shared/numbers';
import { enteredResponses } from '../shared/waveFiles';
import type { WaveData } from '../shared/useWaveData';
import { ScrollBox } from '../../../../src/ui/ScrollBox';

interface EnteredListProps {
  target: WaveData;
  settings: SurveySettings;
  update: StepProps<ServqualState>['update'];
  locale: Locale;
}

const OPEN_UP_TO = 10;

/** The respondents typed into this wave, newest first, each with what would count and a way to remove it. */
export function EnteredList({ target, settings, update, locale }: EnteredListProps) {
  const ui = useMessages(uiMessages);
  const responses = enteredResponses(target.wave);
  if (responses.length === 0) return <p className="muted">{ui('entered.none')}</p>;

  const remove = (index: number) =>
    update((current) => ({
      ...current,
      waves: current.waves.map((wave) =>
        wave.id === target.wave.id && wave.source.kind === 'entered'
          ? { ...wave, source: { kind: 'entered', responses: wave.source.responses.filter((_, position) => position !== index) } }
          : wave,
      ),
    }));

  const rows = responses.map((response, index) => ({ response, index })).reverse();
  // A long list (the demo's 42 forms) would push everything else off the page: it opens on request.
  return (
    <details className="sq-entered" open={responses.length <= OPEN_UP_TO}>
      <summary>{ui('entered.caption', { count: responses.length })}</summary>
      <ScrollBox label={ui('entered.caption', { count: responses.length })}>
        <table aria-label={ui('entered.caption', { count: responses.length })}>
          <thead>
            <tr>
              <th scope="col">{ui('entry.respondent')}</th>
              <th scope="col" className="number">
                {ui('entered.pairs')}
              </th>
              <th scope="col" className="number">
                {ui('entered.weightSum')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{ui('entered.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ response, index }) => {
              const pairs = answerPairs(response, settings).filter((pair) => pair !== null).length;
              const given = response.weights.filter((weight): weight is number => weight !== null);
              const weights = checkWeights(response.weights);
              const weightSum = given.reduce((sum, weight) => sum + weight, 0);
              return (
                <tr key={`${response.respondentId}-${index}`}>
                  <th scope="row">{response.respondentId}</th>
                  <td className="number">{ui('entered.pairsValue', { count: pairs, total: settings.enabledItems.length })}</td>
                  <td className={`number${weights.kind === 'invalid' ? ' sq-tone--bad' : ''}`}>
                    {/* One decimal when the points have them: 99,5 rounded to "100" would hide why the row does not count. */}
                    {given.length === 0 ? '—' : fixedNumber(weightSum, locale, Number.isInteger(weightSum) ? 0 : 1)}
                    {weights.kind === 'invalid' && given.length > 0 ? ` ${ui('entered.notCounted')}` : ''}
                  </td>
                  <td>
                    <button type="button" className="button button--quiet" aria-label={ui('entered.delete', { id: response.respondentId })} onClick={() => remove(index)}>
                      {ui('entered.deleteShort')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
    </details>
  );
}
