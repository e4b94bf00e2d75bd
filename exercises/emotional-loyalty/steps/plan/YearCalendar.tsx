import { useId } from 'react';
import { useFormat, useLocale, useMessages } from '../../../../src/i18n/useI18n';
import { planMessages } from '../../messages/plan';
import { plannedActions, yearCalendar } from '../../model/rating';
import type { EmotionalState } from '../../state';
import { useEmotionalNames } from '../shared/useNames';
import { monthNamer } from './wording';

interface YearCalendarProps {
  state: EmotionalState;
  year: number;
  /** The years to pick from; no picker when there is one. */
  years: readonly number[];
  onYear: (year: number) => void;
}

/** Twelve months of the year with the plan's actions and the customers' dates, and the actions still without a date. */
export function YearCalendar({ state, year, years, onYear }: YearCalendarProps) {
  const t = useMessages(planMessages);
  const names = useEmotionalNames();
  const format = useFormat();
  const locale = useLocale();
  const yearId = useId();
  const monthName = monthNamer(locale);
  const months = yearCalendar(state, year);
  const undated = plannedActions(state).filter(({ action }) => action.date === null);
  return (
    <>
      {years.length > 1 ? (
        <p className="el-plan-calendar__year">
          <label htmlFor={yearId}>{t('calendar.year')}</label>{' '}
          <select id={yearId} value={year} onChange={(event) => onYear(Number(event.target.value))}>
            {years.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </p>
      ) : (
        <p className="el-plan-calendar__year">
          {t('calendar.yearIs', { year: String(year) })}
        </p>
      )}
      <ol className="el-plan-calendar">
        {months.map((month) => {
          const entries = [
            ...month.occasions.map((occasion) => ({ key: occasion.id, date: occasion.date, text: names.occasion(occasion), occasion: true })),
            ...month.actions.map(({ idea, action }) => ({ key: idea.id, date: action.date ?? '', text: names.ideaTitle(idea), occasion: false })),
          ].sort((a, b) => a.date.localeCompare(b.date));
          return (
            <li key={month.month} className={`el-plan-calendar__month${entries.length === 0 ? ' el-plan-calendar__month--empty' : ''}`}>
              <h5 className="el-plan-calendar__name">{monthName(month.month)}</h5>
              {entries.length === 0 ? (
                <p className="el-plan-calendar__nothing">{t('calendar.empty')}</p>
              ) : (
                <ul>
                  {entries.map((entry) => (
                    <li key={entry.key} className={entry.occasion ? 'el-plan-calendar__occasion' : 'el-plan-calendar__action'}>
                      <span className="el-plan-calendar__date">{format.date(entry.date)}</span> {entry.text}
                      {entry.occasion ? <span className="el-plan-calendar__kind"> · {t('calendar.occasion')}</span> : null}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {undated.length > 0 ? (
        <p className="finding el-plan-calendar__undated">
          <strong>{t('calendar.undated')}:</strong> {undated.map(({ idea }) => names.ideaTitle(idea)).join('; ')}
        </p>
      ) : null}
    </>
  );
}
