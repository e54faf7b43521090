// sectionIndex: the Items of a 10-K (10-K405, 10-KSB, 10-K/A...), 10-Q, 8-K or 20-F, located
// in the primary document's text (and in the annual report exhibit when an item is
// incorporated from it), plus the expected items that could not be placed and why.
import type { Filing } from '../../filing';
import { findItemHeadings, findPartHeadings, hasLetters } from './headings';
import {
  ANNUAL_REPORT_HEADINGS,
  findProseHeading,
  incorporatedRanges,
  incorporatedTarget,
  MDA_HEADING,
  namedExhibit,
  type ReferenceTarget,
} from './reference';
import { expectedCodes, formFamily, isAmendment, type Family } from './scheme';
import { placeSections, selectHeadings, toCandidates, type Candidate } from './select';
import type { Section, SectionIndex, UnresolvedSection } from './types';

export type { Section, SectionIndex, UnresolvedSection } from './types';
export { formFamily } from './scheme';

const MDA_CODE: Partial<Record<Family, string>> = { '10-K': '7', '10-KSB': '6', '10-Q': 'I.2' };

type Input = Pick<Filing, 'formType' | 'filedDate' | 'periodOfReport' | 'items' | 'documents'>;

export function sectionIndex(filing: Input): SectionIndex {
  const family = formFamily(filing.formType);
  const primary = primaryDocument(filing);
  if (!family || primary < 0) return { sections: [], unresolved: [] };
  const text = filing.documents[primary]!.text;
  const parts = findPartHeadings(text);
  const candidates = toCandidates(text, family, findItemHeadings(text), parts);
  const placed = placeSections(text, family, selectHeadings(candidates), candidates, parts);

  const itemCodes = filing.items.map((i) => i.code);
  const filed = filing.filedDate ?? filing.periodOfReport;
  const expected = isAmendment(filing.formType) ? [] : expectedCodes(family, filed, itemCodes);
  const sections: Section[] = [];
  const unresolved: UnresolvedSection[] = [];
  let stacked: string[] = [];
  for (const p of placed) {
    for (const code of p.codes) {
      sections.push({ document: primary, code, title: p.title, start: p.start, end: p.end, confidence: p.confidence });
    }
    if (family !== '10-K' && family !== '10-KSB') continue;
    const body = text.slice(p.lineEnd, p.end);
    // An exhibits item lists documents "incorporated by reference"; it is never a stub.
    const target = /exhibits/i.test(p.title) ? null : incorporatedTarget(body);
    // Headings stacked with no text of their own ("Item 10. ... Item 11. ... Item 12. ... The
    // information required by these Items is incorporated ...") share the next one's sentence.
    const codes = [...stacked, ...p.codes];
    stacked = !target && !hasLetters(text, p.lineEnd, p.end) ? codes : [];
    if (target)
      for (const code of codes) resolveReference(filing, code, target, namedExhibit(body), sections, unresolved);
  }
  const missing = expected.filter((c) => !sections.some((s) => s.code === c) && !unresolved.some((u) => u.code === c));
  if ((family === '10-K' || family === '10-KSB') && missing.length) {
    // "The information required by Items 10 through 14 is incorporated by reference to ..."
    for (const { code, target } of incorporatedRanges(text)) {
      if (!expected.includes(code)) continue;
      if (sections.some((s) => s.code === code) || unresolved.some((u) => u.code === code)) continue;
      resolveReference(filing, code, target, null, sections, unresolved);
    }
  }

  const mda = MDA_CODE[family];
  if (mda && !sections.some((s) => s.code === mda) && !unresolved.some((u) => u.code === mda)) {
    const h = findProseHeading(text, MDA_HEADING);
    if (h) {
      const next = sections.find((s) => s.document === primary && s.start > h.start);
      sections.push({
        document: primary,
        code: mda,
        title: h.title,
        start: h.start,
        end: next?.start ?? text.length,
        confidence: 0.5,
      });
    }
  }

  for (const code of expected) {
    if (sections.some((s) => s.code === code) || unresolved.some((u) => u.code === code)) continue;
    unresolved.push({ code, reason: missingReason(candidates, code) });
  }
  sections.sort((a, b) => a.document - b.document || a.start - b.start);
  return { sections, unresolved };
}

/** The document the form's items are in: the one typed as the form, else the first with text. */
function primaryDocument(filing: Pick<Filing, 'formType' | 'documents'>): number {
  const form = filing.formType?.toUpperCase();
  const typed = filing.documents.findIndex((d) => d.type?.toUpperCase() === form && d.text.length > 0);
  if (typed >= 0) return typed;
  return filing.documents.findIndex((d) => d.text.length > 0);
}

function missingReason(candidates: Candidate[], code: string): string {
  const heads = candidates.filter((c) => c.codes.includes(code));
  // A heading outside any contents table that the ordered chain could not place.
  if (heads.some((c) => c.offChain && c.run < 0)) return 'ambiguous';
  if (heads.length > 0) return 'not found (only in the table of contents)';
  return 'not found';
}

function resolveReference(
  filing: Pick<Filing, 'documents'>,
  code: string,
  target: ReferenceTarget,
  exhibit: string | null,
  sections: Section[],
  unresolved: UnresolvedSection[],
): void {
  if (target === 'proxy') {
    unresolved.push({ code, reason: 'incorporated by reference to the proxy statement' });
    return;
  }
  if (target === 'other') {
    unresolved.push({ code, reason: 'incorporated by reference to another document' });
    return;
  }
  const docs = filing.documents;
  const annual = docs.map((_, i) => i).filter((i) => /^EX-13/i.test(docs[i]!.type ?? '') && docs[i]!.text.length > 0);
  if (annual.length === 0) {
    unresolved.push({
      code,
      reason: 'incorporated by reference to the annual report to security holders (not in this filing)',
    });
    return;
  }
  // "filed herewith as Exhibit 13.3": that exhibit is the section, from its heading if it has one.
  const named = exhibit ? annual.find((i) => docs[i]!.type!.toUpperCase() === `EX-${exhibit}`) : undefined;
  if (named !== undefined) {
    // The exhibit holds only what the item incorporates: all of it is the section.
    const doc = docs[named]!;
    sections.push({
      document: named,
      code,
      title: doc.description ?? doc.type ?? '',
      start: 0,
      end: doc.text.length,
      confidence: 0.6,
    });
    return;
  }
  const pattern = ANNUAL_REPORT_HEADINGS[code];
  for (const i of annual) {
    const text = docs[i]!.text;
    // Financial statements open with tables: little prose follows their heading.
    const h = pattern ? findProseHeading(text, pattern, 0, code === '8' ? 40 : 200) : null;
    if (!h) continue;
    // The section runs to the next annual-report heading of another item, or the exhibit's end.
    let end = text.length;
    for (const [other, p] of Object.entries(ANNUAL_REPORT_HEADINGS)) {
      if (other === code) continue;
      const o = findProseHeading(text, p, h.lineEnd);
      if (o && o.start < end) end = o.start;
    }
    sections.push({ document: i, code, title: h.title, start: h.start, end, confidence: 0.6 });
    return;
  }
  if (named !== undefined) {
    const text = docs[named]!.text;
    sections.push({
      document: named,
      code,
      title: docs[named]!.description ?? '',
      start: 0,
      end: text.length,
      confidence: 0.5,
    });
    return;
  }
  unresolved.push({ code, reason: `incorporated by reference to EX-13 (document ${annual[0]})` });
}
