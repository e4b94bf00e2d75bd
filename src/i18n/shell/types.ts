import type { Message } from '../messages';
import type { ru } from './ru';

export type ShellKey = keyof typeof ru;
export type ShellDictionary = Record<ShellKey, Message>;
