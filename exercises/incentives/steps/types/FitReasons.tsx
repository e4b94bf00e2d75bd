import { useMessages, useText } from '../../../../src/i18n/useI18n';
import type { FitLevel } from '../../content/programFit';
import type { FitReason, TypeFit } from '../../model/fit';
import { typesMessages } from '../../messages/types';

/** The overall fit of a type as a word with a mark, never by colour alone. */
export function FitBadge({ level }: { level: FitLevel | null }) {
  const t = useMessages(typesMessages);
  if (level === null) return <span className="in-types-fit in-types-fit--unknown">{t('fit.unknown')}</span>;
  return <span className={`in-types-fit in-types-fit--${level}`}>{t(`fit.${level}`)}</span>;
}

/** One reason: what it is about (B2C, maturity, experience loyalty), how well the type suits it, and why. */
export function FitReasonLine({ reason }: { reason: FitReason }) {
  const t = useMessages(typesMessages);
  const text = useText();
  return (
    <>
      <strong>{text(reason.subject)}</strong>
      {t('fit.dash')}
      <span className={`in-types-reason-level in-types-reason-level--${reason.level}`}>{t(`fitReason.${reason.level}`)}</span>
      {t('fit.colon')}
      {reason.why === null ? t('fit.neutral') : text(reason.why)}
    </>
  );
}

/** A type's fit and every reason that made it. */
export function FitSummary({ fit }: { fit: TypeFit }) {
  return (
    <div className="in-types-fit-summary">
      <FitBadge level={fit.level} />
      {fit.reasons.length > 0 ? (
        <ul className="in-types-reasons">
          {fit.reasons.map((reason) => (
            <li key={reason.factor === 'loyalty' ? `loyalty-${reason.loyaltyType}` : reason.factor}>
              <FitReasonLine reason={reason} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
