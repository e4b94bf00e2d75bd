import { useId, useMemo, useState, type FormEvent } from 'react';
import { useMessages } from '../../../../src/i18n/useI18n';
import { bundlesOwnMessages } from '../../messages/bundlesOwn';
import { joinItems } from './shared';

type Name = (label: string) => string;

/** The products as typed names: an item's shown name (or its label as written) finds its label. */
function useLookup(labels: readonly string[], name: Name) {
  return useMemo(() => {
    const byName = new Map<string, string>();
    for (const label of labels) {
      byName.set(name(label).trim().toLocaleLowerCase(), label);
      byName.set(label.trim().toLocaleLowerCase(), label);
    }
    const names = labels.map(name).sort((a, b) => a.localeCompare(b));
    return { find: (text: string) => byName.get(text.trim().toLocaleLowerCase()) ?? null, names };
  }, [labels, name]);
}

interface PickProps {
  labels: readonly string[];
  name: Name;
  fields: readonly { label: string }[];
  submit: string;
  /** The picked labels in field order (empty optional fields left out); a message key when they cannot be added. */
  onPick: (labels: string[]) => 'own.already' | 'own.alreadySwitch' | null;
  /** Pairs need two different products; a bundle at least two. */
  kind: 'bundle' | 'pair';
}

/** A small form of product fields with the receipts' products as suggestions; says what is wrong, keeps what was typed. */
function Picks({ labels, name, fields, submit, onPick, kind }: PickProps) {
  const t = useMessages(bundlesOwnMessages);
  const listId = useId();
  const hintId = useId();
  const errorId = useId();
  const { find, names } = useLookup(labels, name);
  const [texts, setTexts] = useState(() => fields.map(() => ''));
  const [message, setMessage] = useState<{ tone: 'error' | 'done'; text: string } | null>(null);

  const pick = (event: FormEvent) => {
    event.preventDefault();
    const typed = texts.map((text) => text.trim());
    const unknown = typed.find((text) => text !== '' && find(text) === null);
    if (unknown !== undefined) return setMessage({ tone: 'error', text: t('own.unknown', { text: unknown }) });
    const picked = typed.flatMap((text) => (text === '' ? [] : [find(text) as string])); // Cast: every typed text was found just above.
    const distinct = [...new Set(picked)];
    if (kind === 'pair' && (picked.length < 2 || distinct.length < 2)) return setMessage({ tone: 'error', text: t(picked.length < 2 ? 'own.tooFew' : 'own.same') });
    if (distinct.length < 2) return setMessage({ tone: 'error', text: t('own.tooFew') });
    const refused = onPick(kind === 'pair' ? picked : distinct);
    if (refused !== null) return setMessage({ tone: 'error', text: t(refused) });
    setTexts(fields.map(() => ''));
    setMessage({ tone: 'done', text: t('own.added', { name: kind === 'pair' ? picked.map(name).join(' → ') : joinItems(distinct, name) }) });
  };

  return (
    <form className="pp-own-form" onSubmit={pick} noValidate>
      <datalist id={listId}>
        {names.map((shown) => (
          <option key={shown} value={shown} />
        ))}
      </datalist>
      <p id={hintId} className="field__hint">
        {t('own.hint')}
      </p>
      <div className="fields">
        {fields.map((field, index) => {
          const id = `${listId}-${index}`;
          return (
            <div key={field.label} className={`field${message?.tone === 'error' ? ' field--invalid' : ''}`}>
              <label htmlFor={id} className="field__label">
                {field.label}
              </label>
              <div className="field__control">
                <input
                  id={id}
                  type="text"
                  list={listId}
                  autoComplete="off"
                  value={texts[index] ?? ''}
                  aria-describedby={message?.tone === 'error' ? `${hintId} ${errorId}` : hintId}
                  aria-invalid={message?.tone === 'error' ? true : undefined}
                  onChange={(event) => {
                    const value = event.target.value;
                    setTexts((current) => current.map((text, i) => (i === index ? value : text)));
                  }}
                />
              </div>
            </div>
          );
        })}
      </div>
      <button type="submit" className="button">
        {submit}
      </button>
      <p id={errorId} className={message?.tone === 'error' ? 'field__error' : 'note'} role="status">
        {message?.text ?? ''}
      </p>
    </form>
  );
}

/** Step 6: a bundle of two or three products of the participant's choosing. */
export function OwnBundle({ labels, name, onAdd }: { labels: readonly string[]; name: Name; onAdd: (items: string[]) => boolean }) {
  const t = useMessages(bundlesOwnMessages);
  const titleId = useId();
  return (
    <section className="pp-own" aria-labelledby={titleId}>
      <h4 id={titleId}>{t('own.bundle.title')}</h4>
      <p className="explain">{t('own.bundle.explain')}</p>
      <Picks
        kind="bundle"
        labels={labels}
        name={name}
        fields={[
          { label: t('own.bundle.item', { number: 1 }) },
          { label: t('own.bundle.item', { number: 2 }) },
          { label: t('own.bundle.optional', { number: 3 }) },
        ]}
        submit={t('own.bundle.add')}
        onPick={(items) => (onAdd(items) ? null : 'own.already')}
      />
    </section>
  );
}

/** Step 6: a pair of the participant's choosing to move buyers between. */
export function OwnSwitch({ labels, name, onAdd }: { labels: readonly string[]; name: Name; onAdd: (from: string, to: string) => boolean }) {
  const t = useMessages(bundlesOwnMessages);
  const titleId = useId();
  return (
    <section className="pp-own" aria-labelledby={titleId}>
      <h4 id={titleId}>{t('own.switch.title')}</h4>
      <p className="explain">{t('own.switch.explain')}</p>
      <Picks
        kind="pair"
        labels={labels}
        name={name}
        fields={[
          { label: t('own.switch.from') },
          { label: t('own.switch.to') },
        ]}
        submit={t('own.switch.add')}
        onPick={([from, to]) => (from !== undefined && to !== undefined && onAdd(from, to) ? null : 'own.alreadySwitch')}
      />
    </section>
  );
}
