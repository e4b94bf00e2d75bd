import type { Locale } from '../../../../src/i18n/locale';
import { useMessages } from '../../../../src/i18n/useI18n';
import type { StepProps } from '../../../../src/workbook/contract';
import { demoSegmentLabel } from '../../demo';
import type { KanoState } from '../../state';
import { kanoStepMessages } from '../messages';
import { ScrollBox } from '../../../../src/ui/ScrollBox';

type Props = Pick<StepProps<KanoState>, 'state' | 'update'> & { locale: Locale };

/** The paper forms typed in so far, each removable (a form typed twice, or typed with the wrong answers). */
export function TypedResponsesList({ state, update, locale }: Props) {
  const t = useMessages(kanoStepMessages);
  const known = new Set(state.features.map((feature) => feature.id));
  const remove = (index: number) => update((current) => ({ ...current, responses: current.responses.filter((_, position) => position !== index) }));
  return (
    <section className="step-section" aria-labelledby="kano-typed-title">
      <h3 id="kano-typed-title">{t('typed.title', { count: state.responses.length })}</h3>
      {state.responses.length === 0 ? (
        <p className="muted">{t('typed.empty')}</p>
      ) : (
        <ScrollBox label={t('typed.title', { count: state.responses.length })} className="kano-typed">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('entry.respondent')}</th>
                <th scope="col">{t('entry.segment')}</th>
                <th scope="col" className="number">{t('typed.pairs')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('typed.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {state.responses.map((form, index) => {
                const pairs = Object.entries(form.answers).filter(([id, answer]) => known.has(id) && answer.functional !== null && answer.dysfunctional !== null).length;
                return (
                  <tr key={`${form.respondent}-${index}`}>
                    <th scope="row">{form.respondent}</th>
                    <td>{form.segment ? demoSegmentLabel(form.segment, locale) : '—'}</td>
                    <td className="number">{pairs}</td>
                    <td>
                      <button type="button" className="button button--quiet" onClick={() => remove(index)} aria-label={t('typed.remove', { respondent: form.respondent })}>
                        {t('typed.removeShort')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}
