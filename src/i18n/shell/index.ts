import type { Dictionaries } from '../messages';
import { ru } from './ru';
import { en } from './en';
import { zh } from './zh';
import type { ShellKey } from './types';

export type { ShellKey } from './types';

export const shellMessages: Dictionaries<ShellKey> = { ru, en, zh };
