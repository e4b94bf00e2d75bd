import { useEffect, useMemo, useRef } from 'react';
import { useForm, type FieldErrors, type Resolver, type UseFormReturn } from 'react-hook-form';
import { useWorkbookStore } from '../store/workbookStore';
import { useLocale } from '../i18n/useI18n';
import type { Locale } from '../i18n/locale';
import type { FieldCodec } from './fieldCodecs';
// Casts in this file: react-hook-form names fields with strings; the form's fields are exactly the codecs' keys, and values pass their codec before they are typed.

export type Codecs<V> = { [K in keyof V]: FieldCodec<V[K]> };
/** Every field is edited as text; react-hook-form sees plain string fields. */
export type FormTexts = Record<string, string>;

export interface AutosaveForm<V> {
  form: UseFormReturn<FormTexts>;
  codecs: Codecs<V>;
}

interface AutosaveFormOptions<V> {
  exerciseId: string;
  /** Unique within the exercise: drafts of invalid text are kept under `formId.field`. */
  formId: string;
  codecs: Codecs<V>;
  values: V;
  /** Called with the fields that are valid after a change; invalid ones keep their text as a draft. */
  onValidChange: (patch: Partial<V>) => void;
}

function fieldNames<V>(codecs: Codecs<V>): (keyof V & string)[] {
  return Object.keys(codecs) as (keyof V & string)[];
}

/** A zod check per field, so one bad field never holds back the others from being saved. */
function perFieldResolver<V>(codecs: Codecs<V>, locale: Locale): Resolver<FormTexts> {
  return (texts) => {
    const errors: Record<string, { type: string; message: string }> = {};
    const values: Partial<Record<keyof V, unknown>> = {};
    for (const name of fieldNames(codecs)) {
      const result = codecs[name].schema(locale).safeParse(texts[name] ?? '');
      if (result.success) values[name] = result.data;
      else errors[name] = { type: 'validate', message: result.error.issues[0]?.message ?? 'validation.notANumber' };
    }
    if (Object.keys(errors).length > 0) return { values: {}, errors: errors as FieldErrors<FormTexts> };
    return { values: values as FormTexts, errors: {} };
  };
}

/**
 * react-hook-form + zod that writes through to the store on every keystroke: valid values go into the
 * exercise state, invalid text is kept as a draft with its inline message, and both survive a reload.
 * Changes from outside (reset, restore, another step) update the fields they touch and no others.
 */
export function useAutosaveForm<V>(options: AutosaveFormOptions<V>): AutosaveForm<V> {
  const { exerciseId, formId, codecs, values, onValidChange } = options;
  const locale = useLocale();
  const drafts = useWorkbookStore((store) => store.exercises[exerciseId]?.drafts);
  const names = useMemo(() => fieldNames(codecs), [codecs]);
  const draftKey = (name: string) => `${formId}.${name}`;

  const initialTexts = () => {
    const texts: FormTexts = {};
    for (const name of names) texts[name] = drafts?.[draftKey(name)] ?? codecs[name].toText(values[name], locale);
    return texts;
  };

  const resolver = useMemo(() => perFieldResolver(codecs, locale), [codecs, locale]);
  const form = useForm<FormTexts>({ mode: 'onChange', resolver, defaultValues: initialTexts() });

  const onValidChangeRef = useRef(onValidChange);
  onValidChangeRef.current = onValidChange;
  const lastSeenValues = useRef(values);

  // Show stored drafts' messages straight away after a reload, not only after the next keystroke.
  useEffect(() => {
    const draftNames = names.filter((name) => drafts?.[draftKey(name)] !== undefined);
    if (draftNames.length > 0) void form.trigger(draftNames);
    // Only on mount: later drafts are created by typing, which validates by itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const subscription = form.watch((texts, { name, type }) => {
      if (!name || type !== 'change') return;
      const fieldName = name as keyof V & string;
      const text = texts[fieldName] ?? '';
      const result = codecs[fieldName].schema(locale).safeParse(text);
      const store = useWorkbookStore.getState();
      if (result.success) {
        lastSeenValues.current = { ...lastSeenValues.current, [fieldName]: result.data };
        onValidChangeRef.current({ [fieldName]: result.data } as Partial<V>);
        store.setDraft(exerciseId, draftKey(fieldName), null);
      } else {
        store.setDraft(exerciseId, draftKey(fieldName), text);
      }
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form, codecs, locale, exerciseId, formId]);

  // Values changed elsewhere: refresh exactly the fields whose stored value moved.
  useEffect(() => {
    for (const name of names) {
      if (Object.is(values[name], lastSeenValues.current[name])) continue;
      form.setValue(name as string, codecs[name].toText(values[name], locale), { shouldValidate: true });
      useWorkbookStore.getState().setDraft(exerciseId, draftKey(name), null);
    }
    lastSeenValues.current = values;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values, locale]);

  // A language switch re-renders numbers with that language's separators, unless the field holds a draft.
  const previousLocale = useRef(locale);
  useEffect(() => {
    if (previousLocale.current === locale) return;
    previousLocale.current = locale;
    for (const name of names) {
      if (drafts?.[draftKey(name)] !== undefined) continue;
      form.setValue(name as string, codecs[name].toText(values[name], locale));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [locale]);

  return { form, codecs };
}
