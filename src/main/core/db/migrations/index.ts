import type { Migration } from '../migrate';
import { m001Initial } from './001-initial';

/** Every schema migration, in order. Append; never edit one that has shipped. */
export const migrations: readonly Migration[] = [m001Initial];
