import type { Company, Exhibit, Item, Signature } from '../../filing';

/**
 * What the cover page (and, for inline XBRL, the dei: facts) of a primary document states.
 * Produced by readCover() in ./index.ts; merged into the Filing by the parser, where header
 * facts win and each fact's origin goes into Filing.sources.
 */
export interface CoverFacts {
  formType: string | null;
  periodOfReport: string | null;
  /** The registrant as the cover names it (role 'registrant'). */
  company: Partial<Omit<Company, 'role'>> | null;
  items: Item[];
  exhibits: Exhibit[];
  signatures: Signature[];
  /** Asset-backed series, amount and the like. */
  extra: Record<string, string | string[]>;
  /** Per fact: 'xbrl' when read from inline XBRL dei: tags, 'cover' when read from the text. */
  sources: Record<string, 'xbrl' | 'cover'>;
  warnings: string[];
}

export interface CoverInput {
  /** Readable text of the primary document (as the parser extracted it). */
  text: string;
  /** The document's HTML when it is HTML or inline XBRL (for dei: facts), else null. */
  html: string | null;
  /** The document's declared TYPE when known (e.g. from <TYPE> in the submission). */
  declaredType: string | null;
}
