import { useState } from 'react';
import type { Locale } from '../../../../src/i18n/locale';
import type { StepProps } from '../../../../src/workbook/contract';
import type { ResultRead } from '../../../../src/workbook/results';
import type { IncentiveMechanics } from '../../../../src/results/incentiveMechanics';
import { INTL_TAG } from '../../../../src/i18n/locale';
import { PROGRAM_TYPE_NAMES } from '../../../../src/results/programTypes';
import { useFormat, useMessages } from '../../../../src/i18n/useI18n';
import { ConfirmDialog } from '../../../../src/ui/ConfirmDialog';
import { ScrollBox } from '../../../../src/ui/ScrollBox';
import { mechanicsMessages } from '../../messages/mechanics';
import type { ProgramDesignState } from '../../state';
import { MAX_MECHANICS, takeMechanics } from './mechanicList';
import { NotFilledCallout } from '../goal/NotFilledCallout';

interface IncentivesOfferProps extends Pick<StepProps<ProgramDesignState>, 'state' | 'update'> {
  read: ResultRead<IncentiveMechanics>;
  locale: Locale;
}

/** The incentives exercise's step where mechanics are chosen: the link lands there. */
const INCENTIVES_MECHANICS_STEP = 'mechanics';

/** What the incentives exercise concluded, and "Take these mechanics"; or a link to it while it is not filled. */
export function IncentivesOffer({ state, update, read, locale }: IncentivesOfferProps) {
  const t = useMessages(mechanicsMessages);
  const [asking, setAsking] = useState(false);
  if (read.status !== 'ready') {
    return (
      <NotFilledCallout read={read} stepId={INCENTIVES_MECHANICS_STEP} title={t('mech.notFilled.title')} body={t('mech.notFilled.body')} link={t('mech.notFilled.link')} />
    );
  }
  const { shortList, mechanics } = read.value;
  const take = () => {
    setAsking(false);
    update((current) => ({ ...current, mechanics: { ...current.mechanics, source: 'incentives', chosen: takeMechanics(mechanics, Date.now()), taken: mechanics.slice(0, MAX_MECHANICS) } }));
  };
  const list = new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' });
  return (
    <div className="pd-mech-offer">
      <h4>{t('mech.fromIncentives')}</h4>
      <p className="finding">{shortList.length > 0 ? t('mech.shortList', { types: list.format(shortList.map((type) => PROGRAM_TYPE_NAMES[type][locale])) }) : t('mech.shortListEmpty')}</p>
      {mechanics.length > 0 ? <OfferedTable mechanics={mechanics} locale={locale} /> : <p className="finding">{t('mech.offeredNone')}</p>}
      {mechanics.length > 0 ? (
        <p className="no-print">
          <button type="button" className="button button--primary" onClick={() => (state.mechanics.chosen.length > 0 ? setAsking(true) : take())}>
            {t('mech.take')}
          </button>
        </p>
      ) : null}
      {state.mechanics.source === 'incentives' && state.mechanics.chosen.length > 0 ? <p className="explain">{t('mech.taken')}</p> : null}
      <ConfirmDialog
        open={asking}
        title={t('mech.replaceTitle')}
        confirmLabel={t('mech.replaceConfirm')}
        tone="danger"
        onConfirm={take}
        onCancel={() => setAsking(false)}
      >
        <p>{t('mech.replaceBody', { count: state.mechanics.chosen.length, taken: mechanics.length })}</p>
      </ConfirmDialog>
    </div>
  );
}

function OfferedTable({ mechanics, locale }: { mechanics: IncentiveMechanics['mechanics']; locale: Locale }) {
  const t = useMessages(mechanicsMessages);
  const format = useFormat();
  const columns = {
    type: t('mech.column.type'),
    rewardRate: t('mech.column.rewardRate'),
    threshold: t('mech.column.threshold'),
    expiry: t('mech.column.expiry'),
    rules: t('mech.column.rules'),
  };
  return (
    <ScrollBox label={t('mech.offeredCaption')}>
      <table className="table-cards pd-mech-offered">
        <caption>{t('mech.offeredCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.type}</th>
            <th scope="col" className="number">{columns.rewardRate}</th>
            <th scope="col" className="number">{columns.threshold}</th>
            <th scope="col" className="number">{columns.expiry}</th>
            <th scope="col">{columns.rules}</th>
          </tr>
        </thead>
        <tbody>
          {mechanics.map((mechanic, index) => (
            <tr key={index}>
              <th scope="row">{PROGRAM_TYPE_NAMES[mechanic.type][locale]}</th>
              <td className="number" data-label={columns.rewardRate}>{mechanic.rewardRate === null ? t('mech.notGiven') : format.percent(mechanic.rewardRate, 1)}</td>
              <td className="number" data-label={columns.threshold}>{mechanic.threshold === null ? t('mech.noThreshold') : format.money(mechanic.threshold)}</td>
              <td className="number" data-label={columns.expiry}>
                {mechanic.expiryMonths === null ? t('mech.never') : t('mech.expiryMonths', { months: mechanic.expiryMonths })}
              </td>
              <td className="pd-mech-offered__rules" data-label={columns.rules}>{mechanic.rules}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
