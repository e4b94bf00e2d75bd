import type { Translate } from '../../i18n/translate';
import type { TemplateWording } from '../../data/import/template';
import type { ImportMessageKey } from './messages';

/** The template's words in the user's language, from the import messages. */
export function templateWording(t: Translate<ImportMessageKey>): TemplateWording {
  return {
    dataSheet: t('template.dataSheet'),
    guideSheet: t('template.guideSheet'),
    guideHeaders: {
      column: t('template.guideColumn'),
      type: t('template.guideType'),
      required: t('template.guideRequired'),
      formats: t('template.guideFormats'),
      example: t('template.guideExample'),
      synonyms: t('template.guideSynonyms'),
    },
    yes: t('template.yes'),
    no: t('template.no'),
    exampleText: t('template.exampleText'),
    typeName: (type) => t(`type.${type}`),
    formats: (column, example, accepted) => {
      // A fixed set of answers is listed whatever the column's type: Kano's answers are read as text.
      if (accepted !== undefined && accepted.length > 0) return t('formats.oneOf', { values: accepted.join(', ') });
      if (column.type === 'likert') return t('formats.likert', { min: column.min ?? 1, max: column.max ?? 5 });
      if (column.type === 'category') return t('formats.category', { example: example === null ? '' : String(example) });
      const parts = [t(`formats.${column.type}`)];
      if ((column.type === 'number' || column.type === 'money') && column.min !== undefined) parts.push(t('formats.min', { min: column.min }));
      if (column.type === 'date' && !column.allowFutureDates) parts.push(t('formats.noFuture'));
      return parts.join(' ');
    },
  };
}
