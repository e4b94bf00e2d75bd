import './dateField.css';
import { lazy, Suspense, useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useLocale, useMessages } from '../../i18n/useI18n';
import { dateEntryExample, dateToIso, formatDateEntry, isoToDate, parseDateEntry, type IsoDate } from './dateEntry';
import { dateMessages } from './dateMessages';

/** The calendar loads when first opened: most visits type a date or only read it. */
const Calendar = lazy(() => import('./Calendar'));

export interface DateFieldProps {
  value: IsoDate | null;
  /** Called with a valid day or null (emptied); never with what the user is still typing. */
  onChange: (value: IsoDate | null) => void;
  id?: string;
  /** For a field without a visible <label> (a table cell). */
  'aria-label'?: string;
  'aria-describedby'?: string;
  /** A field that must keep a date (a wave's): emptying it keeps the last one. */
  required?: boolean;
  min?: IsoDate;
  max?: IsoDate;
}

/**
 * A date typed in the app's language (05.03.2026 in ru, 2026-03-05 in zh, 5 Mar 2026 in en) with a
 * calendar beside it, instead of the browser's date input, which follows the browser's language. What the
 * user typed stays in the box until it reads as a date: a half-typed date is never lost or replaced.
 */
export function DateField({ value, onChange, id, required = false, min, max, ...aria }: DateFieldProps) {
  const locale = useLocale();
  const t = useMessages(dateMessages);
  const ownId = useId();
  const inputId = id ?? `${ownId}-input`;
  const messageId = `${ownId}-message`;
  const calendarId = `${ownId}-calendar`;
  // What the user is typing, or null to show the stored date as the language writes it (so a date changed
  // elsewhere, by another tab, a restore or the language, shows at once unless the user is mid-correction).
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? formatDateEntry(value, locale);
  const [problem, setProblem] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLSpanElement>(null);
  const row = useRef<HTMLSpanElement>(null);
  const calendar = useRef<HTMLDivElement>(null);
  const placement = useCalendarPlacement(open, row, calendar);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && !box.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const commit = (next: IsoDate | null) => {
    if (next === null) {
      if (required) {
        setProblem(t('date.required', { example: dateEntryExample(locale) }));
        return;
      }
      setProblem(null);
      onChange(null);
      return;
    }
    if (min && next < min) return setProblem(t('date.beforeMin', { min: formatDateEntry(min, locale) }));
    if (max && next > max) return setProblem(t('date.afterMax', { max: formatDateEntry(max, locale) }));
    setProblem(null);
    onChange(next);
  };

  const type = (typed: string) => {
    setDraft(typed);
    const entry = parseDateEntry(typed, locale);
    if (entry.kind === 'date') commit(entry.iso);
    // Still typing (or emptied on the way to another date): the stored date stays until the user leaves,
    // and only then is told what is wrong.
    else setProblem(null);
  };

  const leave = () => {
    if (draft === null) return;
    const entry = parseDateEntry(draft, locale);
    if (entry.kind === 'invalid') return setProblem(t('date.invalid', { text: draft.trim(), example: dateEntryExample(locale) }));
    if (entry.kind === 'empty') {
      commit(null);
      // A field that must keep its date shows it again under the message saying a date is needed.
      setDraft(null);
      return;
    }
    if (problem === null) setDraft(null);
  };

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  };

  const selected = value ? (isoToDate(value) ?? undefined) : undefined;
  const describedBy = [aria['aria-describedby'], problem ? messageId : null].filter(Boolean).join(' ') || undefined;

  return (
    <span className="date-field" ref={box} onKeyDown={closeOnEscape}>
      <span className="date-field__row" ref={row}>
        <input
          id={inputId}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className="date-field__input"
          aria-label={aria['aria-label']}
          aria-describedby={describedBy}
          aria-invalid={problem ? true : undefined}
          // The example alone ("05.03.2026", "5 Mar 2026", "2026-03-05"): read whole even in a table's narrow column,
          // where "Например, 05.03.2026" was cut. The field's name and its message say the rest.
          placeholder={dateEntryExample(locale)}
          value={text}
          onChange={(event) => type(event.target.value)}
          onBlur={leave}
        />
        <button
          ref={toggle}
          type="button"
          className="date-field__toggle"
          aria-label={open ? t('date.closeCalendar') : t('date.openCalendar')}
          aria-expanded={open}
          aria-controls={calendarId}
          onClick={() => setOpen((wasOpen) => !wasOpen)}
        >
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
            <rect x="2.5" y="4" width="15" height="13.5" rx="2" fill="none" stroke="currentColor" strokeWidth="1.6" />
            <path d="M2.5 8h15M6.5 2v4M13.5 2v4" stroke="currentColor" strokeWidth="1.6" />
          </svg>
        </button>
      </span>
      {open ? (
        <div id={calendarId} ref={calendar} className="date-field__calendar" role="dialog" aria-label={t('date.calendar')} style={placement}>
          <Suspense fallback={null}>
            <Calendar
              locale={locale}
              selected={selected}
              min={min}
              max={max}
              onSelect={(day) => {
                setDraft(null);
                commit(dateToIso(day));
                setOpen(false);
                toggle.current?.focus();
              }}
            />
          </Suspense>
        </div>
      ) : null}
      {problem ? (
        <span id={messageId} className="date-field__problem" role="alert">
          {problem}
        </span>
      ) : null}
    </span>
  );
}

/** Phones show the calendar docked at the bottom of the screen (CSS); wider screens place it by the field. */
const DOCKED = '(max-width: 480px)';
const GAP = 4;
const MARGIN = 8;

/**
 * Where the open calendar goes: fixed to the viewport beside the field, so a table that scrolls in its own box
 * does not clip it; below the field when it fits, else above, and never past the screen's edges.
 */
function useCalendarPlacement(open: boolean, anchor: React.RefObject<HTMLElement | null>, floating: React.RefObject<HTMLElement | null>): CSSProperties | undefined {
  const [placement, setPlacement] = useState<CSSProperties | undefined>(undefined);
  useLayoutEffect(() => {
    if (!open) return setPlacement(undefined);
    const place = () => {
      const field = anchor.current?.getBoundingClientRect();
      const size = floating.current?.getBoundingClientRect();
      if (!field || !size || window.matchMedia?.(DOCKED).matches) return setPlacement(undefined);
      const below = field.bottom + GAP;
      const top = below + size.height <= window.innerHeight - MARGIN ? below : Math.max(MARGIN, field.top - GAP - size.height);
      const left = Math.min(Math.max(MARGIN, field.left), Math.max(MARGIN, window.innerWidth - size.width - MARGIN));
      setPlacement({ position: 'fixed', top, left });
    };
    place();
    // The calendar's own code loads on first open, so its size is known a moment later.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(place);
    if (floating.current) observer?.observe(floating.current);
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
    };
  }, [open, anchor, floating]);
  return placement;
}
