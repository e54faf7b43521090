// Form 8-K item codes and their official titles. Two numbering schemes exist: the legacy
// Items 1-12 used until the August 23, 2004 overhaul, and the sectioned Items 1.01-9.01 since.
// Some titles changed over time, so each title carries the ISO date range it was in force.

export interface ItemTitle {
  title: string;
  /** First day the title applied (ISO), or null for "since the beginning". */
  from: string | null;
  /** First day it no longer applied (ISO, exclusive), or null for "still in force". */
  until: string | null;
}

/** The day the sectioned item numbering (1.01-9.01) took effect. */
export const MODERN_ITEMS_EFFECTIVE = '2004-08-23';

const always = (title: string): ItemTitle[] => [{ title, from: null, until: null }];

/** Legacy Form 8-K items (before 2004-08-23), as the form titled them. */
export const LEGACY_ITEMS: Readonly<Record<string, readonly ItemTitle[]>> = {
  '1': always('Changes in Control of Registrant'),
  '2': always('Acquisition or Disposition of Assets'),
  '3': always('Bankruptcy or Receivership'),
  '4': always("Changes in Registrant's Certifying Accountant"),
  // Regulation FD (effective 2000-10-23) let issuers make FD disclosures under Item 5 too.
  '5': [
    { title: 'Other Events', from: null, until: '2000-10-23' },
    { title: 'Other Events and Regulation FD Disclosure', from: '2000-10-23', until: null },
  ],
  '6': always("Resignations of Registrant's Directors"),
  '7': always('Financial Statements, Pro Forma Financial Information and Exhibits'),
  '8': always('Change in Fiscal Year'),
  // Item 9 first held Regulation S sales (1996-1998), then Regulation FD (from 2000).
  '9': [
    { title: 'Sales of Equity Securities Pursuant to Regulation S', from: null, until: '2000-10-23' },
    { title: 'Regulation FD Disclosure', from: '2000-10-23', until: null },
  ],
  '10': always("Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code of Ethics"),
  '11': always("Temporary Suspension of Trading Under Registrant's Employee Benefit Plans"),
  '12': always('Results of Operations and Financial Condition'),
};

/** Sectioned Form 8-K items (from 2004-08-23). */
export const MODERN_ITEMS: Readonly<Record<string, readonly ItemTitle[]>> = {
  '1.01': always('Entry into a Material Definitive Agreement'),
  '1.02': always('Termination of a Material Definitive Agreement'),
  '1.03': always('Bankruptcy or Receivership'),
  '1.04': always('Mine Safety - Reporting of Shutdowns and Patterns of Violations'),
  '1.05': always('Material Cybersecurity Incidents'),
  '2.01': always('Completion of Acquisition or Disposition of Assets'),
  '2.02': always('Results of Operations and Financial Condition'),
  '2.03': always(
    'Creation of a Direct Financial Obligation or an Obligation under an Off-Balance Sheet Arrangement of a Registrant',
  ),
  '2.04': always(
    'Triggering Events That Accelerate or Increase a Direct Financial Obligation or an Obligation under an Off-Balance Sheet Arrangement',
  ),
  '2.05': always('Costs Associated with Exit or Disposal Activities'),
  '2.06': always('Material Impairments'),
  '3.01': always('Notice of Delisting or Failure to Satisfy a Continued Listing Rule or Standard; Transfer of Listing'),
  '3.02': always('Unregistered Sales of Equity Securities'),
  '3.03': always('Material Modification to Rights of Security Holders'),
  '4.01': always("Changes in Registrant's Certifying Accountant"),
  '4.02': always(
    'Non-Reliance on Previously Issued Financial Statements or a Related Audit Report or Completed Interim Review',
  ),
  '5.01': always('Changes in Control of Registrant'),
  // Renamed by the 2006 executive compensation rules (effective 2006-11-07).
  '5.02': [
    {
      title: 'Departure of Directors or Principal Officers; Election of Directors; Appointment of Principal Officers',
      from: null,
      until: '2006-11-07',
    },
    {
      title:
        'Departure of Directors or Certain Officers; Election of Directors; Appointment of Certain Officers; Compensatory Arrangements of Certain Officers',
      from: '2006-11-07',
      until: null,
    },
  ],
  '5.03': always('Amendments to Articles of Incorporation or Bylaws; Change in Fiscal Year'),
  '5.04': always("Temporary Suspension of Trading Under Registrant's Employee Benefit Plans"),
  '5.05': always("Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code of Ethics"),
  '5.06': always('Change in Shell Company Status'),
  '5.07': always('Submission of Matters to a Vote of Security Holders'),
  '5.08': always('Shareholder Director Nominations'),
  '6.01': always('ABS Informational and Computational Material'),
  '6.02': always('Change of Servicer or Trustee'),
  '6.03': always('Change in Credit Enhancement or Other External Support'),
  '6.04': always('Failure to Make a Required Distribution'),
  '6.05': always('Securities Act Updating Disclosure'),
  '6.06': always('Static Pool'),
  '6.10': always('Alternative Filings of Asset-Backed Issuers'),
  '7.01': always('Regulation FD Disclosure'),
  '8.01': always('Other Events'),
  '9.01': always('Financial Statements and Exhibits'),
};

/** Form ABS-15G (asset-backed securitizer reports, since 2011) numbers its own items. */
export const ABS_15G_ITEMS: Readonly<Record<string, readonly ItemTitle[]>> = {
  '1.01': always('Initial Filing of Rule 15Ga-1 Representations and Warranties Disclosure'),
  '1.02': always('Periodic Filing of Rule 15Ga-1 Representations and Warranties Disclosure'),
  '1.03': always('Notice of Termination of Duty to File Reports under Rule 15Ga-1'),
  '2.01': always('Findings and Conclusions of a Third-Party Due Diligence Report Obtained by the Issuer'),
  '2.02': always('Findings and Conclusions of a Third-Party Due Diligence Report Obtained by the Underwriter'),
};

function titleAt(entries: readonly ItemTitle[], date: string | null): string {
  if (date !== null) {
    for (const e of entries) {
      if ((e.from === null || date >= e.from) && (e.until === null || date < e.until)) return e.title;
    }
  }
  // Without a date the title in force today (the last entry) is the best guess.
  return entries[entries.length - 1]!.title;
}

/**
 * The official title of an 8-K item (or, with `formType` "ABS-15G", of that form's items). A
 * code's scheme is told by its shape ("5" legacy, "8.01" modern); `filedDate` (ISO) picks among
 * titles that changed over time. Unknown codes give null.
 */
export function itemTitle(code: string, filedDate: string | null, formType: string | null = null): string | null {
  const normalized = normalizeItemCode(code);
  if (normalized === null) return null;
  const abs15g = formType !== null && /^ABS-15G/i.test(formType);
  const table = abs15g ? ABS_15G_ITEMS : normalized.includes('.') ? MODERN_ITEMS : LEGACY_ITEMS;
  const entries = table[normalized];
  return entries ? titleAt(entries, filedDate) : null;
}

/** Whether `date` (ISO) falls in the legacy numbering era; null dates are not legacy. */
export function isLegacyItemDate(date: string | null): boolean {
  return date !== null && date < MODERN_ITEMS_EFFECTIVE;
}

/**
 * "Item 2.02" / "ITEM 2.02." / "2.02" -> "2.02"; "Item 5." / "5" -> "5"; "Item 9.1" -> "9.01".
 * Anything that is not an item number gives null.
 */
export function normalizeItemCode(raw: string): string | null {
  const m = /^\s{0,20}(?:items?\s{0,5})?(?:no\.\s{0,3})?(\d{1,2})(?:\.(\d{1,2}))?\s{0,5}[.:]?\s{0,20}$/i.exec(
    raw.length > 80 ? '' : raw,
  );
  if (!m) return null;
  const major = String(Number(m[1]));
  if (m[2] === undefined) return Number(major) >= 1 && Number(major) <= 12 ? major : null;
  const minor = m[2].length === 1 ? `0${m[2]}` : m[2];
  return `${major}.${minor}`;
}

/** EDGAR header descriptions of legacy items that shorten the form's own titles. */
const LEGACY_ALIASES: Readonly<Record<string, string>> = {
  'financial statements and exhibits': '7',
  'other events': '5',
};

const foldTitle = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The item code an EDGAR header description or heading text names ("Changes in control of
 * registrant" -> "1" before August 23, 2004, "5.01" after; "2.02" -> "2.02"). Null when unknown.
 */
export function itemCodeFromDescription(text: string, date: string | null): string | null {
  const code = normalizeItemCode(text);
  if (code !== null) return code;
  const folded = foldTitle(text);
  if (folded === '') return null;
  const legacy = date === null || isLegacyItemDate(date);
  if (legacy && LEGACY_ALIASES[folded]) return LEGACY_ALIASES[folded]!;
  for (const table of legacy ? [LEGACY_ITEMS, MODERN_ITEMS] : [MODERN_ITEMS, LEGACY_ITEMS]) {
    for (const [c, titles] of Object.entries(table)) {
      if (titles.some((t) => foldTitle(t.title) === folded)) return c;
    }
  }
  return null;
}
