import 'react-day-picker/style.css';
import { DayPicker } from 'react-day-picker';
import type { Locale } from '../../i18n/locale';
import { DATE_FNS_LOCALE, isoToDate, type IsoDate } from './dateEntry';

/** A month calendar in the app's language (month names, first day of the week), for DateField. */
export default function Calendar({ locale, selected, min, max, onSelect }: { locale: Locale; selected: Date | undefined; min?: IsoDate; max?: IsoDate; onSelect: (day: Date) => void }) {
  const earliest = min ? isoToDate(min) : null;
  const latest = max ? isoToDate(max) : null;
  return (
    <DayPicker
      mode="single"
      autoFocus
      locale={DATE_FNS_LOCALE[locale]}
      selected={selected}
      defaultMonth={selected}
      startMonth={new Date(1990, 0)}
      endMonth={new Date(2040, 11)}
      captionLayout="dropdown"
      disabled={[...(earliest ? [{ before: earliest }] : []), ...(latest ? [{ after: latest }] : [])]}
      onSelect={(day) => day && onSelect(day)}
    />
  );
}
