import { defineMessages } from '../i18n/translate';
import type { Message } from '../i18n/messages';

/**
 * The few words of the team name the shell shows everywhere (the header's field, the toolbar's button, the report's
 * line): apart from the hand-in dialog's (messages.ts), which load only when a participant hands in.
 */
const ru = {
  'team.label': 'Команда',
  'team.placeholder': 'Название или имя',
  'team.hint': 'Попадает в выгрузки, отчёты, резервную копию и сдачу работы тренеру.',
  'team.line': 'Команда: {team}',
  'handIn.button': 'Сдать тренеру',
  'handIn.written': 'Файл «{file}» сохранён. Передайте его тренеру.',
} satisfies Record<string, Message>;

export type TeamMessageKey = keyof typeof ru;

const en: Record<TeamMessageKey, Message> = {
  'team.label': 'Team',
  'team.placeholder': 'Team or your name',
  'team.hint': 'Goes into exports, reports, the backup and what you hand in to the trainer.',
  'team.line': 'Team: {team}',
  'handIn.button': 'Hand in to the trainer',
  'handIn.written': 'The file “{file}” is saved. Give it to the trainer.',
};

const zh: Record<TeamMessageKey, Message> = {
  'team.label': '团队',
  'team.placeholder': '团队名称或姓名',
  'team.hint': '会写入导出文件、报告、备份以及交给培训师的作业中。',
  'team.line': '团队：{team}',
  'handIn.button': '提交给培训师',
  'handIn.written': '文件“{file}”已保存。请交给培训师。',
};

export const teamMessages = defineMessages({ ru, en, zh });
