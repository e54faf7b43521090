// The formatted view's hits (issue 14, item 10): hit offsets into the parser's text of an HTML
// document placed on the text nodes of the same HTML. The browser's text nodes are stood in for
// by a small splitter (tags dropped, entities decoded as the browser does, what the sanitiser
// drops left out), so the mapping runs here without a DOM; the e2e test runs it in Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planQuery } from '../../../src/main/core/search/compile';
import { HitFinder } from '../../../src/main/core/search/hits';
import { mapHits, type Hit } from '../../../src/renderer/src/features/viewer/hit-map';
import { parseFiling } from '../../../src/shared/parser';
import { decodeEntities } from '../../../src/shared/parser/entities';
import { htmlText } from '../../../src/shared/parser/html-text';
import { CORPUS_FILES, describeWithShared } from '../../helpers/shared';

/** Text nodes as a browser would hold them after the sanitiser. */
function textNodes(html: string): string[] {
  const shown = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(head|script|style|title|ix:header)\b[\s\S]*?<\/\1\s*>/gi, '');
  return shown
    .split(/<[a-zA-Z/!?][^>]*>/)
    .filter((s) => s.length > 0)
    .map(decodeEntities);
}

const hitsOf = (text: string, query: string): Hit[] => [...new HitFinder(planQuery(query).highlight).hits(text)];
const squash = (s: string) => s.replace(/[\s\u00a0]+/g, '');

/** Every placed hit's ranges read its own text (whitespace aside), hits in order. */
function expectFaithful(segments: string[], text: string, hits: readonly Hit[], partial = false) {
  const { ranges, placed } = mapHits(segments, text, hits, { partial });
  const read = new Map<number, string>();
  for (const r of ranges) read.set(r.hit, (read.get(r.hit) ?? '') + segments[r.segment]!.slice(r.start, r.end));
  for (const [hit, got] of read) expect(squash(got), `hit ${hit}`).toBe(squash(text.slice(...hits[hit]!)));
  const order = ranges.map((r) => `${r.hit}`);
  expect(order).toEqual([...order].sort((a, b) => Number(a) - Number(b)));
  expect(ranges.filter((r) => r.first).map((r) => r.hit)).toEqual([...read.keys()]);
  return { placed, ranges };
}

describe('mapHits', () => {
  it('places hits through entities, no-break spaces, table cells, and text split across elements', () => {
    const html = `<html><head><title>Revenue report</title><style>.x{}</style></head><body>
      <p>Total&nbsp;<b>revenue</b> rose; the Company&#146;s revenue&#8212;net of returns&mdash;grew.</p>
      <table><tr><td>Revenue</td><td>$&#160;1,200</td></tr><tr><td>Re<i>ven</i>ue share</td><td>3%</td></tr></table>
      <div style="display:none"><ix:header><ix:hidden>revenue revenue</ix:hidden></ix:header></div>
      <p>Net   revenue
      per   share</p></body></html>`;
    const text = htmlText(html);
    const hits = hitsOf(text, 'revenue "net revenue" company');
    expect(hits.length).toBe(6); // revenue x4 (one of them split over <i>), Company, "Net revenue"
    const segments = textNodes(html);
    const { placed, ranges } = expectFaithful(segments, text, hits);
    expect(placed).toBe(hits.length);
    // "Re<i>ven</i>ue" is one hit over three text nodes: three ranges, one anchor.
    const split = ranges.filter((r) => segments[r.segment] === 'ven');
    expect(split).toHaveLength(1);
    expect(ranges.filter((r) => r.hit === split[0]!.hit)).toHaveLength(3);
  });

  it('skips text the HTML has and the text lacks (a title outside <head>) without taking hits from it', () => {
    // The sanitised body begins with the title's text when <title> stood outside <head>.
    const segments = ['Annual revenue summary', 'Our revenue grew. ', 'Revenue fell in 2019.'];
    const text = 'Our revenue grew. Revenue fell in 2019.';
    const hits = hitsOf(text, 'revenue');
    const { ranges } = expectFaithful(segments, text, hits);
    expect(ranges.map((r) => r.segment)).toEqual([1, 2]);
  });

  it('counts a hit the HTML does not hold as not placed, and places the ones after it', () => {
    const segments = ['alpha merger one', 'gamma merger three'];
    const text = 'alpha merger one\nbeta merger two\ngamma merger three';
    const { placed, ranges } = expectFaithful(segments, text, hitsOf(text, 'merger'));
    expect(placed).toBe(2);
    expect(ranges.map((r) => r.hit)).toEqual([0, 2]);
  });

  it('places the hits of a later part of a long document (text from further in)', () => {
    const para = (i: number) => `Paragraph ${i}: the merger agreement of ${1990 + (i % 30)} was amended.`;
    const all = Array.from({ length: 400 }, (_, i) => para(i));
    const segments = all.map((p) => `${p}\n`);
    const whole = all.join('\n\n');
    const from = whole.indexOf(para(250));
    const part = whole.slice(from);
    const hits = hitsOf(part, 'merger');
    const { placed, ranges } = expectFaithful(segments, part, hits, true);
    expect(placed).toBe(hits.length);
    expect(ranges[0]!.segment).toBe(250);
  });
});

describeWithShared('mapHits on real HTML filings', () => {
  const cases = [
    // EDGARX markup: fonts, tables, ~5,000 &nbsp; and Windows-1252 references (&#146;).
    ['mwaldstein__edgarWebR/forward10k.htm', 'customer* company "annual report" sales'],
    // An inline XBRL 10-K/A: ix: facts inline, a hidden ix:header with the contexts.
    ['nss-data-science-cohort-5__sec_filings_for_real-x/tmb-20211231x10ka.htm', 'december 2021 revenue trust'],
  ] as const;
  for (const [rel, query] of cases) {
    it(`places every hit of "${query}" in ${rel}`, () => {
      const filing = parseFiling(readFileSync(join(CORPUS_FILES, rel)), { path: rel, keepHtml: true });
      const doc = filing.documents[0]!;
      const hits = hitsOf(doc.text, query);
      expect(hits.length).toBeGreaterThan(100);
      const { placed } = expectFaithful(textNodes(doc.html!), doc.text, hits);
      expect(placed).toBe(hits.length);
    });
  }
});
