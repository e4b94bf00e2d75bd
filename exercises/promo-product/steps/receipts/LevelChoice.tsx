import { useId } from 'react';
import { useMessages } from '../../../../src/i18n/useI18n';
import { receiptsCleanupMessages } from '../../messages/receiptsCleanup';
import { BASKET_LEVELS, type BasketLevel } from '../../state';

interface Props {
  level: BasketLevel;
  /** The file has a category column. */
  hasCategory: boolean;
  onChange: (level: BasketLevel) => void;
}

/** Products or categories; categories are offered only when the file has them, with the reason when not. */
export function LevelChoice({ level, hasCategory, onChange }: Props) {
  const t = useMessages(receiptsCleanupMessages);
  const id = useId();
  return (
    <fieldset className="pp-receipts-level" aria-describedby={`${id}-hint`}>
      <legend>{t('level.title')}</legend>
      <div className="pp-receipts-level__options">
        {BASKET_LEVELS.map((option) => (
          <label key={option} className="pp-receipts-level__option">
            <input
              type="radio"
              name={`${id}-level`}
              value={option}
              checked={(hasCategory ? level : 'product') === option}
              disabled={option === 'category' && !hasCategory}
              onChange={() => onChange(option)}
            />{' '}
            {t(`level.${option}`)}
          </label>
        ))}
      </div>
      <p id={`${id}-hint`} className="note">
        {hasCategory ? t('level.hint') : t('level.noCategory')}
      </p>
    </fieldset>
  );
}
