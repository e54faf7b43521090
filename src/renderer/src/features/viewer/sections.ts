// The sections (Items) of the open document, as DocumentView carries them: offsets into the
// whole text. Pure helpers for the outline, the current section and the section of a hit.
import type { DocumentView } from '../../../../shared/api/types';

export type DocSection = NonNullable<DocumentView['sections']>[number];

/** The section holding `offset` (the first listed when items share a heading), or null. */
export function sectionAt(sections: readonly DocSection[], offset: number): DocSection | null {
  return sections.find((s) => offset >= s.start && offset < s.end) ?? null;
}

export { sectionName } from '../../../../shared/edgar/section-name';
