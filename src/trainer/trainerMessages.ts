import { defineMessages } from '../i18n/translate';
import type { Message } from '../i18n/messages';

/** The trainer's pages as a whole: their names and how to reach them. Each view keeps its own words beside it. */
const ru = {
  'trainer.title': 'Для тренера',
  'trainer.intro': 'Соберите файлы команд и сравните их работу, ведите счёт соревнования. Всё остаётся в этом браузере.',
  'trainer.views': 'Разделы тренера',
  'trainer.group': 'Работы команд',
  'trainer.board': 'Соревнование',
  'trainer.homeLink': 'Для тренера: работы команд и соревнование',
} satisfies Record<string, Message>;

export type TrainerMessageKey = keyof typeof ru;

const en: Record<TrainerMessageKey, Message> = {
  'trainer.title': 'For the trainer',
  'trainer.intro': "Collect the teams' files and compare their work, keep the competition's score. Everything stays in this browser.",
  'trainer.views': "Trainer's pages",
  'trainer.group': "Teams' work",
  'trainer.board': 'Competition',
  'trainer.homeLink': "For the trainer: teams' work and the competition",
};

const zh: Record<TrainerMessageKey, Message> = {
  'trainer.title': '培训师专区',
  'trainer.intro': '收集各小组的文件并比较他们的成果，记录竞赛得分。所有内容都只保存在此浏览器中。',
  'trainer.views': '培训师页面',
  'trainer.group': '各组成果',
  'trainer.board': '竞赛',
  'trainer.homeLink': '培训师专区：各组成果与竞赛',
};

export const trainerMessages = defineMessages({ ru, en, zh });
