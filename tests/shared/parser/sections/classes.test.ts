// One small fixture per class of document the section index handles; each runs without ../shared.
import { describe, expect, it } from 'vitest';
import type { FilingDocument } from '../../../../src/shared/filing';
import { sectionIndex } from '../../../../src/shared/parser/sections';

function doc(text: string, type: string | null = '10-K'): FilingDocument {
  return { sequence: 1, type, filename: null, description: null, format: 'text', textChars: text.length, text };
}

function index(formType: string, texts: (string | FilingDocument)[], filedDate = '2007-03-01', items: string[] = []) {
  const documents = texts.map((t) => (typeof t === 'string' ? doc(t, formType) : t));
  return sectionIndex({
    formType,
    filedDate,
    periodOfReport: null,
    items: items.map((code) => ({ code, title: null })),
    documents,
  });
}

const prose = (n: number, word = 'operations'): string =>
  Array.from({ length: n }, () => `The company reports ${word} here.`).join(' ');

const starts = (r: ReturnType<typeof index>, text: string): Record<string, string> =>
  Object.fromEntries(r.sections.map((s) => [s.code, text.slice(s.start, s.start + 12)]));

describe('table of contents', () => {
  const toc = [
    'TABLE OF CONTENTS',
    'PART I',
    'Item 1.\tBusiness\t3',
    'Item 1A.\tRisk Factors\t9',
    'Item 2.\tProperties\t15',
    'Item 3.\tLegal Proceedings\t16',
    'PART II',
    'Item 7.\tManagement\u2019s Discussion and Analysis\t20',
  ].join('\n');
  const body = [
    'PART I',
    'ITEM 1. BUSINESS',
    prose(20, 'business'),
    'ITEM 1A. RISK FACTORS',
    prose(20, 'risk'),
    'ITEM 2. PROPERTIES',
    prose(10, 'property'),
    'ITEM 3. LEGAL PROCEEDINGS',
    prose(10, 'litigation'),
    'PART II',
    'ITEM 7. MANAGEMENT\u2019S DISCUSSION AND ANALYSIS',
    prose(30, 'revenue'),
  ].join('\n\n');
  const text = `${toc}\n\n${prose(5, 'cover')}\n\n${body}`;

  it('skips the contents entries and starts each item at its body heading', () => {
    const r = index('10-K', [text]);
    expect(starts(r, text)).toEqual({
      '1': 'ITEM 1. BUSI',
      '1A': 'ITEM 1A. RIS',
      '2': 'ITEM 2. PROP',
      '3': 'ITEM 3. LEGA',
      '7': 'ITEM 7. MANA',
    });
    const s7 = r.sections.find((s) => s.code === '7')!;
    expect(text.slice(s7.start, s7.end)).toContain('revenue');
    // Item 3 ends at PART II, not at Item 7.
    expect(text.slice(r.sections.find((s) => s.code === '3')!.end).startsWith('PART II')).toBe(true);
  });

  it('lists the expected items that are only in the contents with a reason', () => {
    const r = index('10-K', [text.replace(/ITEM 1A\. RISK FACTORS/, 'RISKS')]);
    expect(r.sections.map((s) => s.code)).not.toContain('1A');
    expect(r.unresolved.find((u) => u.code === '1A')?.reason).toMatch(/^not found/);
  });
});

describe('items printed together', () => {
  it('gives "Items 1 and 2. Business and Properties" to both items', () => {
    const text = `PART I\n\nItems 1 and 2. Business and Properties\n\n${prose(20)}\n\nItem 3. Legal Proceedings\n\n${prose(5)}`;
    const r = index('10-K', [text], '1996-03-01');
    const one = r.sections.find((s) => s.code === '1')!;
    const two = r.sections.find((s) => s.code === '2')!;
    expect(one.start).toBe(two.start);
    expect(one.end).toBe(two.end);
    expect(one.title).toBe('Business and Properties');
    expect(text.slice(one.start).startsWith('Items 1 and 2.')).toBe(true);
  });
});

describe('running headers', () => {
  it('keeps the first heading of an item and ignores "(continued)" page headers', () => {
    const page = (n: number): string =>
      `\n\n-${n}-\n\f\nItem 7.  Management's Discussion and Analysis (Continued)\n\n${prose(15)}`;
    const text = `Item 6. Selected Financial Data\n\n${prose(10)}\n\nItem 7.  Management's Discussion and Analysis\n\n${prose(15)}${page(2)}${page(3)}\n\nItem 8. Financial Statements\n\n${prose(10)}`;
    const r = index('10-K', [text], '1995-03-01');
    const s7 = r.sections.find((s) => s.code === '7')!;
    expect(s7.start).toBe(text.indexOf("Item 7.  Management's Discussion and Analysis\n"));
    expect(s7.end).toBe(text.indexOf('Item 8.'));
  });

  it('prefers the titled heading over a bare "Item 5" page label just above it', () => {
    const text = `Item 1. Business\n\n${prose(20)}\n\nItem 5\n\nPART II\n\nITEM 5. MARKET FOR REGISTRANT'S COMMON EQUITY\n\n${prose(10)}`;
    const r = index('10-K', [text], '1995-03-01');
    expect(text.slice(r.sections.find((s) => s.code === '5')!.start)).toMatch(/^ITEM 5\. MARKET/);
  });

  it('does not end an item at a running "Part II" footer of its own part', () => {
    const text = `PART II\n\nITEM 7 MANAGEMENT'S DISCUSSION\n\n${prose(10)}\n\nPart II\n\n${prose(10, 'margin')}\n\nITEM 8 FINANCIAL STATEMENTS\n\n${prose(5)}`;
    const s7 = index('10-K', [text], '1995-03-01').sections.find((s) => s.code === '7')!;
    expect(text.slice(s7.start, s7.end)).toContain('margin');
  });
});

describe('incorporated by reference', () => {
  const stub = (code: string, title: string, sentence: string): string => `Item ${code}. ${title}\n\n${sentence}\n\n`;
  const main = [
    'PART I\n\n',
    stub('1', 'Business', prose(20)),
    'PART II\n\n',
    stub(
      '7',
      "Management's Discussion and Analysis",
      'The information set forth on pages 10 through 20 of the Annual Report to Shareholders is incorporated herein by reference.',
    ),
    stub(
      '8',
      'Financial Statements',
      'The information set forth on pages 21 through 40 of the Annual Report to Shareholders is incorporated herein by reference and is filed herewith as Exhibit 13.2.',
    ),
    'PART III\n\n',
    stub(
      '10',
      'Directors and Executive Officers',
      'The information is incorporated by reference to the Proxy Statement for the 1996 Annual Meeting.',
    ),
  ].join('');
  const ex13 = doc(
    `EXHIBIT 13.1\n\nFINANCIAL HIGHLIGHTS\n\n${prose(5)}\n\nMANAGEMENT'S DISCUSSION AND ANALYSIS\n\n${prose(30)}`,
    'EX-13.1',
  );
  const ex132 = doc(`EXHIBIT 13.2\n\nINCOME STATEMENTS\n\n${prose(10)}`, 'EX-13.2');

  it('points an item at the annual report exhibit of the same filing', () => {
    const r = index('10-K', [main, ex13, ex132], '1996-09-01');
    const mda = r.sections.filter((s) => s.code === '7');
    expect(mda.map((s) => s.document)).toEqual([0, 1]);
    expect(ex13.text.slice(mda[1]!.start)).toMatch(/^MANAGEMENT'S DISCUSSION/);
    // "filed herewith as Exhibit 13.2": that exhibit is the section.
    expect(r.sections.filter((s) => s.code === '8').map((s) => [s.document, s.start, s.end])).toEqual([
      [0, main.indexOf('Item 8.'), main.indexOf('PART III')],
      [2, 0, ex132.text.length],
    ]);
  });

  it('marks an item incorporated from the proxy statement or an annual report not filed here', () => {
    const r = index('10-K', [main], '1996-09-01');
    expect(r.unresolved.find((u) => u.code === '10')?.reason).toBe('incorporated by reference to the proxy statement');
    expect(r.unresolved.find((u) => u.code === '7')?.reason).toMatch(/^incorporated by reference to the annual report/);
  });

  it('marks a PART III paragraph that incorporates "Items 10 through 13" without headings', () => {
    const text = `Item 1. Business\n\n${prose(20)}\n\nPART III\n\nThe information required by Items 10 through 13 is incorporated by reference from the definitive proxy statement.\n\n`;
    const r = index('10-K', [text], '1996-09-01');
    for (const code of ['10', '11', '12', '13']) {
      expect(r.unresolved.find((u) => u.code === code)?.reason).toBe(
        'incorporated by reference to the proxy statement',
      );
    }
  });

  it('does not call a pointer to another item of the same report incorporation', () => {
    const text = `Item 3. Legal Proceedings\n\nThe matters in Part II, Item 8, Note 12 of this Form 10-K are incorporated by reference.\n\nItem 4. Mine Safety\n\nNone.`;
    expect(index('10-K', [text], '2024-03-01').unresolved.find((u) => u.code === '3')).toBeUndefined();
  });
});

describe('other forms and headings', () => {
  it('numbers 10-Q items by part', () => {
    const text = `PART I. FINANCIAL INFORMATION\n\nItem 1. Financial Statements\n\n${prose(10)}\n\nItem 2. Management's Discussion\n\n${prose(10)}\n\nPART II. OTHER INFORMATION\n\nItem 1. Legal Proceedings\n\n${prose(5)}\n\nItem 1A. Risk Factors\n\n${prose(5)}\n\nItem 6. Exhibits\n\n${prose(2)}`;
    expect(index('10-Q', [text], '2009-05-01').sections.map((s) => s.code)).toEqual([
      'I.1',
      'I.2',
      'II.1',
      'II.1A',
      'II.6',
    ]);
  });

  it('splits an 8-K into its items and expects the items its header names', () => {
    const text = `Item 2.02 Results of Operations and Financial Condition.\n\nOn May 1 the company announced results.\n\nItem 9.01 Financial Statements and Exhibits.\n\n(d) Exhibits 99.1 Press release.`;
    const r = index('8-K', [text], '2019-05-01', ['2.02', '7.01', '9.01']);
    expect(r.sections.map((s) => [s.code, s.title])).toEqual([
      ['2.02', 'Results of Operations and Financial Condition'],
      ['9.01', 'Financial Statements and Exhibits'],
    ]);
    expect(r.unresolved).toEqual([{ code: '7.01', reason: 'not found' }]);
  });

  it('does not take a wrapped cross reference at the start of a line for a heading', () => {
    const text = `Item 7. Management's Discussion\n\nAs described in\nItem 8 of this report and\nItem 1A above, results rose.\n\nItem 8. Financial Statements\n\n${prose(3)}`;
    expect(index('10-K', [text], '1995-03-01').sections.map((s) => [s.code, s.start])).toEqual([
      ['7', 0],
      ['8', text.indexOf('Item 8. Financial')],
    ]);
  });

  it('finds MD&A placed under its own heading when no Item 7 heading exists', () => {
    const text = `Item 6. Selected Financial Data\n\n${prose(5)}\n\nMANAGEMENT'S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION\n\n${prose(30)}\n\nItem 8. Financial Statements\n\n${prose(3)}`;
    const s7 = index('10-K', [text], '1995-03-01').sections.find((s) => s.code === '7')!;
    expect(s7.start).toBe(text.indexOf('MANAGEMENT'));
    expect(s7.end).toBe(text.indexOf('Item 8.'));
    expect(s7.confidence).toBeLessThan(0.7);
  });

  it('reads 20-F items with lettered sub-items and temporary items', () => {
    const text = `Item 16.A. Audit Committee Financial Expert\n\n${prose(3)}\n\nItem 16.B. Code of Ethics\n\n${prose(3)}`;
    expect(index('20-F', [text], '2016-03-01').sections.map((s) => s.code)).toEqual(['16A', '16B']);
    const k = `Item 9. Changes\n\nNone.\n\nItem 9A(T). Controls and Procedures\n\n${prose(3)}`;
    expect(index('10-K', [k], '2009-03-01').sections.map((s) => s.code)).toEqual(['9', '9A']);
  });

  it('returns nothing for forms without items and never throws on odd text', () => {
    expect(index('4', ['Item 1. whatever'])).toEqual({ sections: [], unresolved: [] });
    expect(() => index('10-K', ['Item\n'.repeat(1000) + 'ITEMS 1, and'])).not.toThrow();
  });
});

describe('stacked headings', () => {
  it('gives headings with no text of their own the incorporation sentence of the next one', () => {
    const text = `Item 9. Changes\n\nNone.\n\nPART III\n\nItem 10: Directors and Executive Officers\nItem 11: Executive Compensation\nItem 12: Security Ownership\n\nThe information required by these items is incorporated by reference to the definitive proxy statement.\n\nPART IV\n\nItem 14: Exhibits\n\n${prose(3)}`;
    const r = index('10-K', [text], '1999-03-01');
    expect(r.unresolved.filter((u) => u.reason.includes('proxy')).map((u) => u.code)).toEqual(['10', '11', '12']);
  });
});
