import { useId, useState } from 'react';
import { useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { pickText } from '../../../../src/i18n/translate';
import { DateField } from '../../../../src/ui/date/DateField';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import { OCCASION_LIBRARY } from '../../content/library';
import { planMessages } from '../../messages/plan';
import { newOccasionId, withOccasion, withOccasionChange, withoutOccasion } from '../../model/planEdits';
import type { EmotionalState, Occasion } from '../../state';
import type { StepProps } from '../../../../src/workbook/contract';
import { useEmotionalNames } from '../shared/useNames';

interface OccasionsProps extends Pick<StepProps<EmotionalState>, 'state' | 'update'> {
  /** The calendar's year: a date taken from the list or added lands in it. */
  year: number;
}

/** The dates that matter to the customers: own ones, or taken from the library for this business; edited in place, deleted with an undo. */
export function Occasions({ state, update, year }: OccasionsProps) {
  const t = useMessages(planMessages);
  const names = useEmotionalNames();
  const locale = useLocale();
  const pickId = useId();
  const [picked, setPicked] = useState('');
  const [removed, setRemoved] = useState<{ occasion: Occasion; index: number } | null>(null);
  const library = OCCASION_LIBRARY.filter((entry) => entry.businesses.includes(state.businessType));

  const addOwn = () => {
    const today = new Date();
    const date = today.getFullYear() === year ? `${year}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}` : `${year}-01-01`;
    update((current) => withOccasion(current, { id: newOccasionId(current.occasions), date, libraryId: null, name: '' }));
  };
  const addPicked = () => {
    const entry = library.find((candidate) => candidate.id === picked);
    if (!entry) return;
    update((current) => withOccasion(current, { id: newOccasionId(current.occasions), date: `${year}-${entry.monthDay}`, libraryId: entry.id, name: null }));
    setPicked('');
  };
  const remove = (occasion: Occasion) => {
    setRemoved({ occasion, index: state.occasions.findIndex((candidate) => candidate.id === occasion.id) });
    update((current) => withoutOccasion(current, occasion.id));
  };
  const undo = () => {
    if (!removed) return;
    update((current) => (current.occasions.some((occasion) => occasion.id === removed.occasion.id) ? current : withOccasion(current, removed.occasion, removed.index)));
    setRemoved(null);
  };

  return (
    <>
      {state.occasions.length === 0 ? (
        <p className="finding">{t('occasions.empty')}</p>
      ) : (
        <ScrollBox label={t('occasions.title')}>
          <table className="el-plan-occasions table-cards">
            <thead>
              <tr>
                <th scope="col">{t('occasions.date')}</th>
                <th scope="col">{t('occasions.name')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('occasions.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {state.occasions.map((occasion) => {
                const name = names.occasion(occasion);
                const libraryName = OCCASION_LIBRARY.find((entry) => entry.id === occasion.libraryId);
                return (
                  <tr key={occasion.id}>
                    <td data-label={t('occasions.date')}>
                      <DateField required aria-label={t('occasions.dateFor', { name })} value={occasion.date} onChange={(date) => date && update((current) => withOccasionChange(current, occasion.id, { date }))} />
                    </td>
                    <td data-label={t('occasions.name')}>
                      <input
                        type="text"
                        className="el-plan-occasions__name"
                        aria-label={t('occasions.nameFor', { name })}
                        value={occasion.name ?? (libraryName ? pickText(libraryName.name, locale) : '')}
                        onChange={(event) => update((current) => withOccasionChange(current, occasion.id, { name: event.target.value }))}
                      />
                    </td>
                    <td>
                      <button type="button" className="button button--quiet" aria-label={t('occasions.removeFor', { name })} onClick={() => remove(occasion)}>
                        {t('occasions.remove')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      )}
      {removed ? (
        <p className="el-plan-occasions__removed no-print" role="status">
          {t('occasions.removed', { name: names.occasion(removed.occasion) })}{' '}
          <button type="button" className="button" onClick={undo}>
            {t('occasions.undo')}
          </button>
        </p>
      ) : null}
      <div className="el-plan-occasions__add no-print">
        <button type="button" className="button" onClick={addOwn}>
          {t('occasions.add')}
        </button>
        {library.length > 0 ? (
          <span className="el-plan-occasions__library">
            <label htmlFor={pickId}>{t('occasions.library')}</label>
            <select id={pickId} value={picked} onChange={(event) => setPicked(event.target.value)}>
              <option value="">{t('occasions.pick')}</option>
              {library.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {pickText(entry.name, locale)}
                </option>
              ))}
            </select>
            <button type="button" className="button" disabled={picked === ''} onClick={addPicked}>
              {t('occasions.addPicked')}
            </button>
          </span>
        ) : null}
      </div>
    </>
  );
}
