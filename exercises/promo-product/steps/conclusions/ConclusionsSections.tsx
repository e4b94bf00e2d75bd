import { useMemo } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Callout } from '../../../../src/ui/Callout';
import { Field } from '../../../../src/ui/Field';
import { Metric, MetricGrid } from '../../../../src/ui/Metric';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import type { StepProps } from '../../../../src/workbook/contract';
import { textCodec } from '../../../../src/workbook/fieldCodecs';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { routeHref } from '../../../../src/workbook/route';
import { PROMO_EXERCISE_ID } from '../../inputs';
import type { PromoProductState } from '../../state';
import { conclusionsMessages } from '../../messages/conclusions';
import type { BreakEven } from '../../model/promoEconomics';
import { bundleDiscount, knownSum, type KeptBundleFigures, type KeptSwitchFigures } from '../../analysis/bundlesFigures';
import type { ChosenPromo } from '../candidates/chosenPromo';
import { joinItems } from '../bundles/shared';

/** The chosen promo product's terms and break-evens, as decided on step 5. */
export function PromoSummary({ chosen, discount, itemName }: { chosen: ChosenPromo | null; discount: number; itemName: (label: string) => string }) {
  const t = useMessages(conclusionsMessages);
  const format = useFormat();
  const breakEven = (value: BreakEven | null) => (value === null ? '—' : value.kind === 'suicidal' ? t('conclusions.suicidal') : format.signedPercent(value.volumeChange));
  let body;
  if (chosen === null) body = <p className="note">{t('conclusions.pending')}</p>;
  else if (chosen.kind === 'none') {
    body = (
      <p className="note">
        {t('conclusions.promoNone')}{' '}
        <a href={routeHref({ page: 'exercise', exerciseId: PROMO_EXERCISE_ID, stepId: 'candidates' })}>{t('conclusions.toCandidates')}</a>
      </p>
    );
  } else if (chosen.kind === 'pending') body = <p className="note">{t('conclusions.pending')}</p>;
  else if (chosen.kind === 'missing') {
    body = (
      <Callout tone="warning">
        <p>{t('conclusions.missing', { product: itemName(chosen.label) })}</p>
      </Callout>
    );
  } else {
    const ready = chosen.kind === 'ready' ? chosen : null;
    const expected = ready?.economics.expected ?? null;
    const profit = expected?.profitChangeWithHalo ?? expected?.profitChange ?? null;
    body = (
      <MetricGrid label={t('conclusions.promoTitle')}>
        <Metric label={t('conclusions.product')} value={itemName(chosen.label)} />
        <Metric label={t('conclusions.discount')} value={format.percent(discount)} />
        {ready ? <Metric label={t('conclusions.margin')} value={ready.marginAssumed ? t('conclusions.marginAssumed', { margin: format.percent(ready.margin) }) : format.percent(ready.margin)} /> : null}
        {ready ? <Metric label={t('conclusions.breakEven')} value={breakEven(ready.economics.breakEven)} tone={ready.economics.suicidal ? 'bad' : 'neutral'} /> : null}
        {ready?.economics.breakEvenWithHalo ? <Metric label={t('conclusions.breakEvenHalo')} value={breakEven(ready.economics.breakEvenWithHalo)} /> : null}
        {ready ? (
          <Metric
            label={t('conclusions.expectedChange')}
            value={ready.inputs.expectedVolumeChange === null ? t('conclusions.notEstimated') : format.signedPercent(ready.inputs.expectedVolumeChange)}
          />
        ) : null}
        {profit !== null ? <Metric label={t('conclusions.profitChange')} value={format.signedMoney(profit)} tone={profit >= 0 ? 'good' : 'bad'} /> : null}
      </MetricGrid>
    );
  }
  return (
    <section className="step-section" aria-labelledby="pp-conclusions-promo">
      <h3 id="pp-conclusions-promo">{t('conclusions.promoTitle')}</h3>
      {body}
    </section>
  );
}

/** The bundles the participant proposed on step 6, with their price, take-up and margin effect. */
export function BundlesSummary({ bundles, itemName }: { bundles: readonly KeptBundleFigures[] | null; itemName: (label: string) => string }) {
  const t = useMessages(conclusionsMessages);
  const format = useFormat();
  if (bundles !== null && bundles.length === 0) {
    return (
      <section className="step-section" aria-labelledby="pp-conclusions-bundles">
        <h3 id="pp-conclusions-bundles">{t('conclusions.bundlesTitle')}</h3>
        <p className="note">{t('conclusions.bundlesNone')}</p>
      </section>
    );
  }
  const total = bundles === null ? null : knownSum(bundles.map((kept) => kept.figures?.economics.effect ?? null));
  return (
    <section className="step-section" aria-labelledby="pp-conclusions-bundles">
      <h3 id="pp-conclusions-bundles">{t('conclusions.bundlesTitle')}</h3>
      {bundles === null ? (
        <p className="note">{t('conclusions.pending')}</p>
      ) : (
        <ScrollBox label={t('conclusions.bundlesTitle')}>
          <table className="table table-cards pp-conclusions-table" aria-label={t('conclusions.bundlesTitle')}>
            <thead>
              <tr>
                <th scope="col">{t('conclusions.bundle')}</th>
                <th scope="col">{t('conclusions.discount')}</th>
                <th scope="col">{t('conclusions.bundlePrice')}</th>
                <th scope="col">{t('conclusions.takeUp')}</th>
                <th scope="col">{t('conclusions.effect')}</th>
              </tr>
            </thead>
            <tbody>
              {bundles.map(({ bundle, figures }) => (
                <tr key={bundle.items.join('\u0000')}>
                  <th scope="row" data-label={t('conclusions.bundle')}>
                    {joinItems(bundle.items, itemName)}
                  </th>
                  <td data-label={t('conclusions.discount')}>{format.percent(bundleDiscount(bundle) / 100)}</td>
                  <td data-label={t('conclusions.bundlePrice')}>{figures?.economics.price == null ? '—' : format.money(figures.economics.price, 2)}</td>
                  <td data-label={t('conclusions.takeUp')}>{bundle.takeUp === null ? '—' : format.percent(bundle.takeUp / 100)}</td>
                  <td data-label={t('conclusions.effect')}>
                    {figures === null ? t('conclusions.gone') : figures.economics.effect === null ? '—' : format.signedMoney(figures.economics.effect)}
                  </td>
                </tr>
              ))}
            </tbody>
            {total !== null && bundles.length > 1 ? (
              <tfoot>
                <tr>
                  <th scope="row" colSpan={4}>
                    {t('conclusions.total')}
                  </th>
                  <td data-label={t('conclusions.effect')}>{format.signedMoney(total)}</td>
                </tr>
              </tfoot>
            ) : null}
          </table>
        </ScrollBox>
      )}
    </section>
  );
}

/** The switching pairs chosen on step 6 with the margin they add. */
export function SwitchesSummary({ switches, itemName }: { switches: readonly KeptSwitchFigures[] | null; itemName: (label: string) => string }) {
  const t = useMessages(conclusionsMessages);
  const format = useFormat();
  return (
    <section className="step-section" aria-labelledby="pp-conclusions-switches">
      <h3 id="pp-conclusions-switches">{t('conclusions.switchesTitle')}</h3>
      {switches === null ? (
        <p className="note">{t('conclusions.pending')}</p>
      ) : switches.length === 0 ? (
        <p className="note">{t('conclusions.switchesNone')}</p>
      ) : (
        <ScrollBox label={t('conclusions.switchesTitle')}>
          <table className="table table-cards pp-conclusions-table" aria-label={t('conclusions.switchesTitle')}>
            <thead>
              <tr>
                <th scope="col">{t('conclusions.switch')}</th>
                <th scope="col">{t('conclusions.switchRate')}</th>
                <th scope="col">{t('conclusions.gain')}</th>
              </tr>
            </thead>
            <tbody>
              {switches.map(({ proposal, figures }) => (
                <tr key={`${proposal.from}\u0000${proposal.to}`}>
                  <th scope="row" data-label={t('conclusions.switch')}>
                    {itemName(proposal.from)} → {itemName(proposal.to)}
                  </th>
                  <td data-label={t('conclusions.switchRate')}>{proposal.switchRate === null ? '—' : format.percent(proposal.switchRate / 100)}</td>
                  <td data-label={t('conclusions.gain')}>{figures === null ? t('conclusions.gone') : figures.gain === null ? '—' : format.signedMoney(figures.gain)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}

/** The products kept as price indicators, with what to do about them. */
export function IndicatorsSummary({ indicators, itemName }: { indicators: readonly string[]; itemName: (label: string) => string }) {
  const t = useMessages(conclusionsMessages);
  return (
    <section className="step-section" aria-labelledby="pp-conclusions-indicators">
      <h3 id="pp-conclusions-indicators">{t('conclusions.indicatorsTitle')}</h3>
      {indicators.length === 0 ? (
        <p className="note">{t('conclusions.indicatorsNone')}</p>
      ) : (
        <>
          <ul className="pp-conclusions-indicators">
            {indicators.map((label) => (
              <li key={label}>{itemName(label)}</li>
            ))}
          </ul>
          <p className="explain">{t('conclusions.indicatorsAdvice')}</p>
        </>
      )}
    </section>
  );
}

// Module level: the autosave hook keys its effects on the codecs' identity.
const notesCodecs = { notes: textCodec({ maxLength: 10000 }) };

/** The participant's notes for themselves and the trainer; left out of print while empty. */
export function ConclusionsNotes({ state, update }: Pick<StepProps<PromoProductState>, 'state' | 'update'>) {
  const t = useMessages(conclusionsMessages);
  const { notes } = state.conclusions;
  const values = useMemo(() => ({ notes }), [notes]);
  const form = useAutosaveForm({
    exerciseId: PROMO_EXERCISE_ID,
    formId: 'conclusions',
    codecs: notesCodecs,
    values,
    onValidChange: (patch) => update((current) => ({ ...current, conclusions: { ...current.conclusions, ...patch } })),
  });
  return (
    <section className={`step-section${notes.trim() === '' ? ' no-print' : ''}`} aria-labelledby="pp-conclusions-notes">
      <h3 id="pp-conclusions-notes">{t('conclusions.notesTitle')}</h3>
      <div className="fields">
        <Field form={form} name="notes" label={t('conclusions.notes')} hint={t('conclusions.notesHint')} multiline rows={5} />
      </div>
    </section>
  );
}
