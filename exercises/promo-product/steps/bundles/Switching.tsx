import { useId } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Field } from '../../../../src/ui/Field';
import { OwnSwitch } from './OwnPicks';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import type { StepProps } from '../../../../src/workbook/contract';
import { optionalNumberCodec } from '../../../../src/workbook/fieldCodecs';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { PROMO_EXERCISE_ID } from '../../inputs';
import type { PromoProductState, SwitchProposal } from '../../state';
import { unitMargin } from '../../model/bundles';
import { expectedTogether } from '../../model/switching';
import { switchingMessages } from '../../messages/bundlesSwitching';
import { DEFAULT_SWITCH_RATE, knownSum, type KeptSwitchFigures, type ReadyBundles } from '../../analysis/bundlesFigures';

type Update = StepProps<PromoProductState>['update'];

const rateCodecs = { switchRate: optionalNumberCodec({ min: 0, max: 100 }) };
const samePair = (a: SwitchProposal, from: string, to: string) => a.from === from && a.to === to;

function KeptSwitch({ entry, update, name }: { entry: KeptSwitchFigures; update: Update; name: (label: string) => string }) {
  const t = useMessages(switchingMessages);
  const format = useFormat();
  const titleId = useId();
  const { proposal, figures } = entry;
  const pairName = `${name(proposal.from)} → ${name(proposal.to)}`;
  const form = useAutosaveForm<{ switchRate: number | null }>({
    exerciseId: PROMO_EXERCISE_ID,
    formId: `bundles.switch.${proposal.from}\u0000${proposal.to}`,
    codecs: rateCodecs,
    values: { switchRate: proposal.switchRate },
    onValidChange: (patch) =>
      update((current) => ({
        ...current,
        switches: current.switches.map((item) => (samePair(item, proposal.from, proposal.to) ? { ...item, switchRate: patch.switchRate ?? null } : item)),
      })),
  });
  const remove = () => update((current) => ({ ...current, switches: current.switches.filter((item) => !samePair(item, proposal.from, proposal.to)) }));
  return (
    <li className="pp-bundles-kept" aria-labelledby={titleId}>
      <div className="pp-bundles-kept__head">
        <h4 id={titleId}>{pairName}</h4>
        <button type="button" className="button button--quiet" aria-label={t('switching.kept.removeLabel', { name: pairName })} onClick={remove}>
          {t('switching.kept.remove')}
        </button>
      </div>
      <div className="pp-bundles-switch-row">
        <Field form={form} name="switchRate" label={t('switching.col.rate')} hint={t('switching.kept.rateHint')} suffix="%" />
        {figures === null ? (
          <p className="finding">{t('switching.kept.missing')}</p>
        ) : (
          <dl className="pp-bundles-switch-figures">
            <div>
              <dt>{t('switching.col.margins')}</dt>
              <dd>
                {figures.fromMargin === null ? '—' : format.money(figures.fromMargin, 2)} → {figures.toMargin === null ? '—' : format.money(figures.toMargin, 2)}
              </dd>
            </div>
            <div>
              <dt>{t('switching.col.gain')}</dt>
              <dd className={figures.gain === null ? undefined : figures.gain >= 0 ? 'pp-bundles-good' : 'pp-bundles-bad'}>
                {figures.gain === null || figures.switchedUnits === null || figures.perUnit === null
                  ? '—'
                  : t('switching.kept.gainValue', { gain: format.signedMoney(figures.gain), units: format.number(figures.switchedUnits, 0), perUnit: format.signedMoney(figures.perUnit, 2) })}
              </dd>
            </div>
          </dl>
        )}
      </div>
      {figures?.perUnit != null && figures.perUnit < 0 ? <p className="finding">{t('switching.kept.worse')}</p> : null}
    </li>
  );
}

interface Props {
  result: ReadyBundles;
  kept: readonly KeptSwitchFigures[];
  state: PromoProductState;
  update: Update;
  name: (label: string) => string;
  /** The minimum support as a share, for the definition's words. */
  minSupport: number;
  assumedMargin: number | null;
}

/** Substitute pairs to switch buyers between, suggested from the receipts, and the participant's pairs with their gain. */
export function Switching({ result, kept, state, update, name, minSupport, assumedMargin }: Props) {
  const t = useMessages(switchingMessages);
  const format = useFormat();
  const titleId = useId();
  const keptTitleId = useId();
  const isKept = (from: string, to: string) => state.switches.some((item) => samePair(item, from, to));
  const add = (from: string, to: string) =>
    update((current) => (current.switches.some((item) => samePair(item, from, to)) ? current : { ...current, switches: [...current.switches, { from, to, switchRate: DEFAULT_SWITCH_RATE }] }));
  const total = knownSum(kept.map((entry) => entry.figures?.gain ?? null));
  const money = (value: number | null) => (value === null ? '—' : format.money(value, 2));
  const cannotPrice = !result.hasMoney || (!result.hasCost && assumedMargin === null);
  return (
    <section className="step-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('switching.title')}</h3>
      <p className="explain">{t('switching.explain', { support: format.percent(minSupport, 2) })}</p>
      {!result.canSwitch ? (
        <p className="finding">{t('switching.noCategories')}</p>
      ) : cannotPrice ? (
        <p className="finding">{t('switching.noMoney')}</p>
      ) : result.substitutes.length === 0 ? (
        <p className="finding">{t('switching.none')}</p>
      ) : (
        <ScrollBox label={t('switching.suggestions.scroll')}>
          <table className="table-cards pp-bundles-table">
            <caption>{t('switching.suggestions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('switching.col.pair')}</th>
                <th scope="col">{t('switching.col.category')}</th>
                <th scope="col">{t('switching.col.together')}</th>
                <th scope="col">{t('switching.col.margins')}</th>
                <th scope="col">{t('switching.col.units')}</th>
                <th scope="col">{t('switching.col.atTen')}</th>
              </tr>
            </thead>
            <tbody>
              {result.substitutes.map((suggestion) => {
                const from = result.items[suggestion.from];
                const to = result.items[suggestion.to];
                if (!from || !to) return null;
                const pairName = `${name(from.label)} → ${name(to.label)}`;
                const added = isKept(from.label, to.label);
                return (
                  <tr key={`${from.label}\u0000${to.label}`}>
                    <th scope="row" data-label={t('switching.col.pair')} className="pp-bundles-items">
                      <span className="pp-bundles-item">{name(from.label)}</span>
                      <span className="pp-bundles-item">→ {name(to.label)}</span>
                      <button type="button" className="button pp-bundles-add" disabled={added} aria-label={added ? undefined : t('switching.addLabel', { name: pairName })} onClick={() => add(from.label, to.label)}>
                        {added ? t('switching.added') : t('switching.add')}
                      </button>
                    </th>
                    <td data-label={t('switching.col.category')}>{name(suggestion.category)}</td>
                    <td data-label={t('switching.col.together')} className="number">
                      {format.integer(suggestion.together)} <span className="pp-bundles-sub">{t('switching.col.chance', { expected: format.number(expectedTogether(suggestion), 1) })}</span>
                    </td>
                    <td data-label={t('switching.col.margins')} className="number">
                      <span className="pp-bundles-item">{money(unitMargin(from, assumedMargin).margin)}</span>
                      <span className="pp-bundles-item">→ {money(unitMargin(to, assumedMargin).margin)}</span>
                    </td>
                    <td data-label={t('switching.col.units')} className="number">
                      {format.integer(from.quantity)}
                    </td>
                    <td data-label={t('switching.col.atTen')} className="number">
                      {format.signedMoney(suggestion.potential * 0.1)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <h4 id={keptTitleId}>{t('switching.kept.title')}</h4>
      {kept.length === 0 ? (
        <p className="note">{t('switching.kept.empty')}</p>
      ) : (
        <ul className="pp-bundles-kept-list" aria-labelledby={keptTitleId}>
          {kept.map((entry) => (
            <KeptSwitch key={`${entry.proposal.from}\u0000${entry.proposal.to}`} entry={entry} update={update} name={name} />
          ))}
        </ul>
      )}
      {total !== null ? <p className="finding">{t('switching.kept.total', { gain: format.signedMoney(total) })}</p> : null}
      {result.canSwitch && !cannotPrice ? (
        <OwnSwitch
          labels={result.items.map((item) => item.label)}
          name={name}
          onAdd={(from, to) => {
            if (isKept(from, to)) return false;
            add(from, to);
            return true;
          }}
        />
      ) : null}
    </section>
  );
}
