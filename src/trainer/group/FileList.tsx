import { useFormat, useLocale, useMessages } from '../../i18n/useI18n';
import { ScrollBox } from '../../ui/ScrollBox';
import type { AnyExercise } from '../../workbook/contract';
import type { ListedFile } from './merge';
import { groupMessages } from './messages';
import { momentText } from './momentText';
import { statusText, teamName } from './wording';

/** Every dropped file with what became of it: in the comparison, replaced by a newer one, or skipped and why. */
export function FileList({ files, registry, onRemove }: { files: readonly ListedFile[]; registry: readonly AnyExercise[]; onRemove: (id: string) => void }) {
  const t = useMessages(groupMessages);
  const locale = useLocale();
  const format = useFormat();
  return (
    <ScrollBox label={t('group.files.caption')}>
      <table className="group-files table-cards">
        <caption className="visually-hidden">{t('group.files.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('group.files.file')}</th>
            <th scope="col">{t('group.files.team')}</th>
            <th scope="col">{t('group.files.exercise')}</th>
            <th scope="col">{t('group.files.handedInAt')}</th>
            <th scope="col">{t('group.files.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('group.files.remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {files.map((listed) => {
            const exercise = listed.file ? registry.find((candidate) => candidate.id === listed.file?.exerciseId) : undefined;
            return (
              <tr key={listed.dropped.id} className={`group-files__row group-files__row--${listed.status.kind}`}>
                <td className="group-files__name">{listed.dropped.fileName}</td>
                <td data-label={t('group.files.team')}>{listed.file ? teamName(listed.file.team, t) : '—'}</td>
                <td data-label={t('group.files.exercise')}>{listed.file ? (exercise?.title ?? listed.file.exerciseTitle)[locale] : '—'}</td>
                <td data-label={t('group.files.handedInAt')} className="group-files__time">
                  {listed.file ? momentText(listed.file.handedInAt, format) : '—'}
                </td>
                <td className="group-files__status">{statusText(listed, files, locale, t)}</td>
                <td className="group-files__remove">
                  <button type="button" className="button button--quiet" aria-label={t('group.files.removeNamed', { file: listed.dropped.fileName })} onClick={() => onRemove(listed.dropped.id)}>
                    {t('group.files.remove')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}
