import { exercises } from '../../../exercises';

/**
 * The pages the workbook shows, in every view a seminar meets: a participant's laptop, the trainer's
 * projector in presenter mode, an alumnus's phone. Taken from the registry, so an exercise added later
 * is walked from its first commit.
 */
export type Lang = 'ru' | 'en' | 'zh';

export const LANGS: readonly Lang[] = ['ru', 'en', 'zh'];

export interface View {
  name: 'desktop' | 'presenter' | 'phone';
  viewport: { width: number; height: number };
  presenter: boolean;
}

export const VIEWS: readonly View[] = [
  { name: 'desktop', viewport: { width: 1366, height: 768 }, presenter: false },
  { name: 'presenter', viewport: { width: 1920, height: 1080 }, presenter: true },
  { name: 'phone', viewport: { width: 390, height: 844 }, presenter: false },
  // The narrowest phone still common (many Android phones): what fits at 390 px may not fit here.
  { name: 'phone', viewport: { width: 360, height: 800 }, presenter: false },
];

export interface WalkPage {
  route: string;
  /** 'home', an exercise's step, its printable report, or a trainer's page (walk/trainerPages.ts). */
  kind: 'home' | 'step' | 'report' | 'trainer';
}

export function walkPages(): WalkPage[] {
  const home: WalkPage = { route: '#/', kind: 'home' };
  return [
    home,
    ...exercises.flatMap((exercise) => [
      ...exercise.steps.map((step): WalkPage => ({ route: `#/ex/${exercise.id}/${step.id}`, kind: 'step' })),
      { route: `#/ex/${exercise.id}/report`, kind: 'report' } satisfies WalkPage,
    ]),
  ];
}
