import { useId } from 'react';
import { useMessages } from '../i18n/useI18n';
import { Callout } from '../ui/Callout';
import { salesDataMessages } from './dataMessages';
import { DEMO_BUSINESSES, type DemoBusiness } from './settings';
import type { SalesOrigin } from './useSales';
import './salesData.css';

interface Props {
  origin: SalesOrigin;
  business: DemoBusiness;
  onOpen: (business: DemoBusiness) => void;
}

/** With no sales of the participant's: the two demo businesses, one sentence each, opened or switched between. */
export function DemoChoice({ origin, business, onOpen }: Props) {
  const t = useMessages(salesDataMessages);
  const legendId = useId();
  if (origin === 'imported') return null;
  const name = (option: DemoBusiness) => t(option === 'shop' ? 'data.demo.shop' : 'data.demo.distributor');
  const about = (option: DemoBusiness) => t(option === 'shop' ? 'data.demo.shop.about' : 'data.demo.distributor.about');
  if (origin === 'none') {
    return (
      <Callout
        tone="info"
        title={t('data.none.title')}
        actions={DEMO_BUSINESSES.map((option) => (
          <button key={option} type="button" className="button" onClick={() => onOpen(option)}>
            {t('data.none.open', { name: name(option) })}
          </button>
        ))}
      >
        <p>{t('data.none.body')}</p>
        <ul className="sales-data-demo-about">
          {DEMO_BUSINESSES.map((option) => (
            <li key={option}>
              <strong>{name(option)}</strong>: {about(option)}
            </li>
          ))}
        </ul>
      </Callout>
    );
  }
  return (
    <Callout tone="info" title={t('data.demo.title')}>
      <p>{t('data.demo.body')}</p>
      <fieldset className="sales-data-demo" aria-labelledby={legendId}>
        <legend id={legendId}>{t('data.demo.choose')}</legend>
        {DEMO_BUSINESSES.map((option) => (
          <label key={option} className="sales-data-demo__option">
            <input type="radio" name={legendId} value={option} checked={business === option} onChange={() => onOpen(option)} />
            <span>
              <strong>{name(option)}</strong>
              <span className="sales-data-demo__about">{about(option)}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </Callout>
  );
}
