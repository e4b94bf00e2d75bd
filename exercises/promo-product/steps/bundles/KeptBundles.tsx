import { useId } from 'react';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { Field } from '../../../../src/ui/Field';
import { Metric, MetricGrid } from '../../../../src/ui/Metric';
import type { StepProps } from '../../../../src/workbook/contract';
import { optionalNumberCodec } from '../../../../src/workbook/fieldCodecs';
import { useAutosaveForm } from '../../../../src/workbook/useAutosaveForm';
import { PROMO_EXERCISE_ID } from '../../inputs';
import type { BundleProposal, PromoProductState } from '../../state';
import { DEFAULT_BUNDLE_DISCOUNT } from '../../model/bundles';
import { bundlesMessages } from '../../messages/bundles';
import { bundleDiscount, bundleKey, knownSum, type KeptBundleFigures } from '../../analysis/bundlesFigures';
import { joinItems } from './shared';
import { OwnBundle } from './OwnPicks';

type Update = StepProps<PromoProductState>['update'];

interface BundleTexts {
  discount: number | null;
  price: number | null;
  takeUp: number | null;
}

const bundleCodecs = {
  discount: optionalNumberCodec({ min: 0, max: 100 }),
  price: optionalNumberCodec({ unit: 'money', min: 0 }),
  takeUp: optionalNumberCodec({ min: 0, max: 100 }),
};

/** Changes the bundle with these items; the rest of state.bundles stays as it is. */
function patchBundle(update: Update, key: string, patch: (bundle: BundleProposal) => BundleProposal | null) {
  update((current) => ({
    ...current,
    bundles: current.bundles.flatMap((bundle) => {
      if (bundleKey(bundle.items) !== key) return [bundle];
      const next = patch(bundle);
      return next === null ? [] : [next];
    }),
  }));
}

function KeptBundle({ entry, update, name }: { entry: KeptBundleFigures; update: Update; name: (label: string) => string }) {
  const t = useMessages(bundlesMessages);
  const format = useFormat();
  const titleId = useId();
  const { bundle, figures } = entry;
  const key = bundleKey(bundle.items);
  const bundleName = joinItems(bundle.items, name);
  const form = useAutosaveForm<BundleTexts>({
    exerciseId: PROMO_EXERCISE_ID,
    formId: `bundles.kept.${key}`,
    codecs: bundleCodecs,
    values: { discount: bundle.discount ?? null, price: bundle.price, takeUp: bundle.takeUp },
    onValidChange: (patch) =>
      patchBundle(update, key, (current) => {
        const next: BundleProposal = { ...current, ...('price' in patch ? { price: patch.price ?? null } : {}), ...('takeUp' in patch ? { takeUp: patch.takeUp ?? null } : {}) };
        if ('discount' in patch) {
          if (patch.discount === null || patch.discount === undefined) delete next.discount;
          else next.discount = patch.discount;
        }
        return next;
      }),
  });
  const economics = figures?.economics ?? null;
  const money = (value: number | null) => (value === null ? '—' : format.money(value, 2));
  const breakEven = economics?.breakEven ?? null;
  return (
    <li className="pp-bundles-kept" aria-labelledby={titleId}>
      <div className="pp-bundles-kept__head">
        <h4 id={titleId}>{bundleName}</h4>
        <button type="button" className="button button--quiet" aria-label={t('bundles.kept.removeLabel', { name: bundleName })} onClick={() => patchBundle(update, key, () => null)}>
          {t('bundles.kept.remove')}
        </button>
      </div>
      <div className="fields">
        <Field form={form} name="discount" label={t('bundles.kept.discount')} hint={t('bundles.kept.discountHint', { discount: format.percent(DEFAULT_BUNDLE_DISCOUNT / 100) })} suffix="%" />
        <Field form={form} name="price" label={t('bundles.kept.price')} hint={economics && economics.regularPrice !== null ? t('bundles.kept.priceHint', { price: money(economics.regularPrice * (1 - bundleDiscount(bundle) / 100)) }) : undefined} />
        <Field form={form} name="takeUp" label={t('bundles.kept.takeUp')} hint={economics ? t('bundles.kept.takeUpHint', { today: format.percent(economics.todayShare) }) : undefined} suffix="%" />
      </div>
      {figures === null || economics === null ? (
        <p className="finding">{t('bundles.kept.missing')}</p>
      ) : (
        <>
          <MetricGrid label={t('bundles.kept.figures', { name: bundleName })}>
            <Metric label={t('bundles.kept.priceNow')} value={money(economics.price)} note={t('bundles.kept.regular', { regular: money(economics.regularPrice) })} />
            <Metric label={t('bundles.kept.margin')} value={money(economics.bundleMargin)} note={economics.bundleMarginRate === null ? undefined : t('bundles.kept.marginNote', { rate: format.percent(economics.bundleMarginRate) })} />
            <Metric
              label={t('bundles.kept.sold')}
              value={economics.bundlesSold === null ? '—' : format.integer(economics.bundlesSold)}
              note={economics.newBundles === null ? undefined : t('bundles.kept.soldNote', { new: format.integer(economics.newBundles), cannibalised: format.integer(economics.cannibalised) })}
            />
            <Metric
              label={t('bundles.kept.cannibalisation')}
              value={economics.cannibalisedMargin === null ? '—' : format.signedMoney(-economics.cannibalisedMargin)}
              note={economics.discountAmount === null ? undefined : t('bundles.kept.cannibalisationNote', { count: format.integer(economics.cannibalised), amount: money(economics.discountAmount) })}
            />
            <Metric
              label={t('bundles.kept.effect')}
              tone={economics.effect === null ? 'neutral' : economics.effect >= 0 ? 'good' : 'bad'}
              value={economics.effect === null ? '—' : format.signedMoney(economics.effect)}
              note={economics.addedMargin === null ? undefined : t('bundles.kept.effectNote', { added: format.signedMoney(economics.addedMargin) })}
            />
          </MetricGrid>
          {breakEven?.kind === 'never' ? <p className="finding">{t('bundles.kept.never')}</p> : null}
          {breakEven?.kind === 'takeUp' ? (
            <p className="finding">{breakEven.share > 1 ? t('bundles.kept.breakEvenOver', { share: format.percent(breakEven.share) }) : t('bundles.kept.breakEven', { share: format.percent(breakEven.share) })}</p>
          ) : null}
        </>
      )}
    </li>
  );
}

interface Props {
  kept: readonly KeptBundleFigures[];
  update: Update;
  name: (label: string) => string;
  /** Every item of the receipts, for a bundle of the participant's own. */
  labels: readonly string[];
  /** Adds a bundle of these items; false when it is already kept. */
  onAdd: (items: string[]) => boolean;
  /** The participant's assumed margin, a share, when some margins rest on it. */
  assumedMargin: number | null;
}

/** The participant's bundles: discount, price and take-up to edit, and what each would earn against today. */
export function KeptBundles({ kept, update, name, labels, onAdd, assumedMargin }: Props) {
  const t = useMessages(bundlesMessages);
  const format = useFormat();
  const titleId = useId();
  const total = knownSum(kept.map((entry) => entry.figures?.economics.effect ?? null));
  const assumed = kept.some((entry) => entry.figures?.economics.marginSource === 'assumed');
  return (
    <section className="step-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('bundles.kept.title')}</h3>
      <p className="explain">{t('bundles.kept.explain')}</p>
      {kept.length === 0 ? (
        <p className="note">{t('bundles.kept.empty')}</p>
      ) : (
        <ul className="pp-bundles-kept-list">
          {kept.map((entry) => (
            <KeptBundle key={bundleKey(entry.bundle.items)} entry={entry} update={update} name={name} />
          ))}
        </ul>
      )}
      {total !== null && kept.length > 1 ? <p className="finding">{t('bundles.kept.total', { effect: format.signedMoney(total) })}</p> : null}
      {assumed && assumedMargin !== null ? <p className="note">{t('bundles.kept.assumed', { margin: format.percent(assumedMargin) })}</p> : null}
      <OwnBundle labels={labels} name={name} onAdd={onAdd} />
    </section>
  );
}
