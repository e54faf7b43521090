// EDGAR form codes. A cover prints a title ("FORM 10-KSB", "SCHEDULE 13D", "Rule 424(b)(3)")
// and ticks boxes beside it (Item 405, the 13F report type, the Schedule 14A kind, Section
// 12(b) or 12(g)); EDGAR files the document under a code that the title alone does not give
// ("10KSB", "13F-NT", "PRER14A", "8-A12G"). FORM_CODES maps one to the other, one row per
// printed form; normalizeFormCode gives one spelling per form for comparisons (search `form:`,
// the eval), so "10-KSB" and "10KSB" are the same form.

/** What the cover states about its form besides the title: the boxes checked beside it. */
export interface FormMarks {
  /** "/A" in the title, a filled "Amendment No. 2", a checked amendment box. */
  amendment?: boolean;
  /** The Item 405 (Regulation S-K/S-B) box checked: its own code until 2002. */
  item405?: boolean;
  /** The year of the period reported, when known (the 405 codes ended with 2002). */
  periodYear?: number | null;
  /** Form 13F: the report-type box checked. */
  reportType?: 'holdings' | 'notice' | 'combination';
  /** Form 8-A (or 10, 8-K12): the Exchange Act section the securities are registered under. */
  section12?: 'b' | 'g';
  /** Schedule 14A/14C: the kind of statement checked. */
  proxy?: 'preliminary' | 'definitive' | 'additional' | 'soliciting';
  /** A post-effective amendment to a registration statement. */
  postEffective?: boolean;
  /** An automatic shelf registration (Rule 462(e)): S-3ASR, F-3ASR. */
  automaticShelf?: boolean;
  /** Form N-CSR covering a half year (the reporting period ends before the fiscal year). */
  semiAnnual?: boolean;
  /** Form 12b-25: the report that is late ("Form 10-K" checked). */
  lateReport?: string;
}

export interface FormCodeRow {
  /** The printed title, normalised (upper case, single spaces, no "FORM " prefix). */
  title: RegExp;
  /** The EDGAR code for the title and marks, or null when the marks do not decide it. */
  code: (marks: FormMarks, title: RegExpExecArray) => string | null;
  /** What the row covers, for the docs and the tests. */
  note: string;
}

const amended = (code: string, m: FormMarks): string => (m.amendment ? `${code}/A` : code);
/** The years (of the period reported) in which EDGAR filed a checked Item 405 box under its
 * own code: not yet for 1993 reports (filed 1994 as 10-K), no longer from 2003. */
export const ITEM_405_YEARS = { first: 1995, last: 2002 } as const;

/** Whether the 405 code applies: the box checked (or "405" printed) in a year it was in use. */
const with405 = (m: FormMarks, printed405: boolean): boolean =>
  (m.item405 === true || printed405) &&
  (m.periodYear == null || (m.periodYear >= ITEM_405_YEARS.first && m.periodYear <= ITEM_405_YEARS.last));

/** Registration statements whose post-effective amendments are filed as "POS AM". */
const REGISTRATION = /^(S-1|S-3|S-4|S-11|F-1|F-3|F-4|F-10|SF-1|SF-3)$/;

export const FORM_CODES: readonly FormCodeRow[] = [
  {
    title: /^10-K(405)?$/,
    code: (m, t) => amended(with405(m, t[1] !== undefined) ? '10-K405' : '10-K', m),
    note: '10-K; the Item 405 box checked (to 2002) -> 10-K405',
  },
  {
    title: /^10-?KSB(40|405)?$/,
    code: (m, t) => amended(with405(m, t[1] !== undefined) ? '10KSB40' : '10KSB', m),
    note: '10-KSB -> 10KSB; with the Item 405 box -> 10KSB40',
  },
  { title: /^10-?QSB$/, code: (m) => amended('10QSB', m), note: '10-QSB -> 10QSB' },
  {
    title: /^10-?KT(405)?$/,
    code: (m, t) => amended(with405(m, t[1] !== undefined) ? '10KT405' : '10-KT', m),
    note: '10-KT; with the Item 405 box -> 10KT405',
  },
  {
    title: /^13F(?:-(HR|NT))?$/,
    code: (m, t) => amended(t[1] === 'NT' || m.reportType === 'notice' ? '13F-NT' : '13F-HR', m),
    note: 'Form 13F: holdings or combination report -> 13F-HR, notice -> 13F-NT; amendment box -> /A',
  },
  { title: /^24F-2(?:NT)?$/, code: (m) => amended('24F-2NT', m), note: 'Form 24F-2 -> 24F-2NT' },
  {
    title: /^(?:RULE )?424 ?\(B\) ?\(([1-8])\)$|^424B([1-8])$/,
    code: (_m, t) => `424B${t[1] ?? t[2]}`,
    note: 'Rule 424(b)(n) -> 424Bn',
  },
  {
    title: /^(?:FREE WRITING PROSPECTUS|RULE 433|FWP)$/,
    code: () => 'FWP',
    note: 'Free writing prospectus, Rule 433 -> FWP',
  },
  {
    title: /^S-8$/,
    code: (m) => (m.postEffective ? 'S-8 POS' : amended('S-8', m)),
    note: 'S-8; post-effective amendment -> S-8 POS',
  },
  {
    title: REGISTRATION,
    code: (m, t) => {
      if (m.postEffective) return m.automaticShelf ? 'POSASR' : 'POS AM';
      const shelf = m.automaticShelf && (t[1] === 'S-3' || t[1] === 'F-3');
      return amended(shelf ? `${t[1]}ASR` : t[1]!, m);
    },
    note: 'S-1, S-3, S-4, F-1...; automatic shelf -> S-3ASR; post-effective amendment -> POS AM (POSASR)',
  },
  {
    title: /^8-A(?:12([BG]))?$/,
    code: (m, t) => {
      const section = t[1]?.toLowerCase() ?? m.section12;
      return section ? amended(`8-A12${section.toUpperCase()}`, m) : null;
    },
    note: 'Form 8-A with the 12(b) or 12(g) box -> 8-A12B, 8-A12G',
  },
  {
    title: /^(?:SCHEDULE |SC )(13D|13G)$/,
    code: (m, t) => amended(`SC ${t[1]}`, m),
    note: 'Schedule 13D/13G; "(Amendment No. N)" filled -> SC 13D/A, SC 13G/A',
  },
  {
    title: /^(?:SCHEDULE |SC )(14A|14C)$/,
    code: (m, t) => {
      const k = t[1]!;
      switch (m.proxy) {
        case 'preliminary':
          return m.amendment ? `PRER${k}` : `PRE ${k}`;
        case 'definitive':
          return m.amendment ? `DEFR${k}` : `DEF ${k}`;
        case 'additional':
        case 'soliciting':
          return `DEFA${k}`;
        default:
          return null;
      }
    },
    note: 'Schedule 14A/14C boxes: preliminary -> PRE 14A (amended PRER14A), definitive -> DEF 14A (DEFR14A), additional or soliciting material -> DEFA14A',
  },
  {
    title: /^N-CSRS?$/,
    code: (m, t) => amended(t[0] === 'N-CSRS' || m.semiAnnual ? 'N-CSRS' : 'N-CSR', m),
    note: 'N-CSR; a half-year report -> N-CSRS',
  },
  {
    title: /^(?:12B-25|NT (10-K|10-Q|20-F|11-K|10-D|N-CSR|N-CEN))$/,
    code: (m, t) => {
      const late = t[1] ?? m.lateReport;
      return late ? amended(`NT ${late}`, m) : null;
    },
    note: 'Form 12b-25 with the late report checked -> NT 10-K, NT 10-Q...',
  },
  {
    title:
      /^(10-Q|10-QT|10-D|8-K|8-K12B|8-K12G|6-K|20-F|40-F|11-K|ABS-15G|ABS-EE|SD|N-Q|N-1A|N-2|10-12B|10-12G|3|4|5|D|C)$/,
    code: (m, t) => amended(t[1]!, m),
    note: 'forms filed under their printed name: 10-Q, 10-D, 8-K, 6-K, 20-F, 40-F, 11-K...',
  },
];

/** Upper case, single spaces, no "FORM " prefix, "/A" kept apart: the title FORM_CODES reads. */
function printedTitle(printed: string): { title: string; amendment: boolean } {
  let t = printed
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^FORM /, '');
  const amendment = /\s?\/\s?A$/.test(t);
  if (amendment) t = t.replace(/\s?\/\s?A$/, '');
  return { title: t, amendment };
}

/** The EDGAR code for a printed form title and the boxes checked beside it, or null. */
export function edgarFormCode(printed: string, marks: FormMarks = {}): string | null {
  const { title, amendment } = printedTitle(printed);
  const m = amendment ? { ...marks, amendment: true } : marks;
  for (const row of FORM_CODES) {
    const t = row.title.exec(title);
    if (t) return row.code(m, t);
  }
  return null;
}

/** Spellings of one form that differ from EDGAR's code: the printed names of the small-business
 * forms and schedules, and codes written without their space. */
const ALIASES: readonly [RegExp, string][] = [
  [/^10-?KSB405?(?=\/A$|$)/, '10KSB40'],
  [/^10-KSB(?=\/A$|$)/, '10KSB'],
  [/^10-QSB(?=\/A$|$)/, '10QSB'],
  [/^10-KT405(?=\/A$|$)/, '10KT405'],
  [/^(?:SCHEDULE |SC)(13D|13G|14D9|TO-[IT]|13E3)(?=\/A$|$)/, 'SC $1'],
  [/^(DEF|PRE)(14A|14C)(?=\/A$|$)/, '$1 $2'],
  [/^NT(10-K|10-Q|20-F|11-K)(?=\/A$|$)/, 'NT $1'],
  [/^S-8POS$/, 'S-8 POS'],
  [/^POSAM$/, 'POS AM'],
];

/**
 * One spelling per form, for comparing form types: upper case, single spaces, "/A" without
 * spaces, and printed names as EDGAR codes ("10-KSB" -> "10KSB", "10-QSB/A" -> "10QSB/A",
 * "SC13D" -> "SC 13D"). Codes already in EDGAR's spelling come back unchanged.
 */
export function normalizeFormCode(form: string): string {
  let f = form
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^FORM /, '')
    .replace(/ ?\/ ?A$/, '/A');
  for (const [re, to] of ALIASES) {
    if (re.test(f)) {
      f = f.replace(re, to);
      break;
    }
  }
  return f;
}
