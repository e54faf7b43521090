// The section index of a filing: where each Item of a 10-K, 10-Q, 8-K or 20-F starts and
// ends in its document's text, and which expected Items could not be placed (with why).
import type { Section, UnresolvedSection } from '../../filing';

export type { Section, UnresolvedSection } from '../../filing';

export interface SectionIndex {
  sections: Section[];
  unresolved: UnresolvedSection[];
}
