// Cover kinds beyond the 8-K/10-K/10-Q layout, each read by its own small reader: 13F covers,
// schedules 13D/13G, the fund's annual notice (24F-2NT), asset-backed parties (10-D and other
// Regulation AB covers), and former names on any cover. Each function adjusts the facts the
// common readers produced, or replaces them where the layout is wholly different (13F).
import { readAbsParties } from './abs-parties';
import { readAnnualNotice, splitFormerName } from './fund-report';
import { readPeriod } from './period';
import { prospectusIssuer } from './prospectus';
import { readSchedule } from './schedule-13d';
import { readSignatures } from './signatures';
import { readThirteenF } from './thirteen-f';
import type { CoverText } from './text-lines';
import type { CoverFacts, CoverInput } from './types';

/** Form 13F in text: the manager is the filer; its file number is the 13F one (28-...). */
export function thirteenFFacts(facts: CoverFacts, formType: string, page1: CoverText, input: CoverInput): CoverFacts {
  const read = readThirteenF(page1);
  facts.formType = formType;
  facts.periodOfReport = readPeriod(page1, formType);
  facts.companyRole = 'filer';
  facts.company = read.company;
  facts.signatures = read.signatures.length > 0 ? read.signatures : readSignatures(input.text);
  return facts;
}

/** Schedules 13D/13G: the subject company by name only, the reporting persons as filers. */
export function applySchedule(facts: CoverFacts, cover: CoverText, text: string): void {
  const read = readSchedule(cover, text, facts.company?.name ?? null);
  facts.company = { ...(facts.company ?? {}), name: read.issuer };
  const subject = read.issuer?.toUpperCase();
  for (const name of read.reportingPersons) {
    if (name.toUpperCase() !== subject) facts.otherCompanies.push({ role: 'filed-by', name });
  }
  if (read.cusip) facts.extra.cusip = read.cusip;
  if (read.eventDate) facts.extra.eventDate = read.eventDate;
}

/** Form 24F-2: the issuer, the Securities Act file number and the fiscal year end. */
export function applyAnnualNotice(facts: CoverFacts, cover: CoverText): void {
  const read = readAnnualNotice(cover);
  const company = (facts.company ??= {});
  if (read.name) company.name = read.name;
  if (read.fileNumber) company.fileNumber = read.fileNumber;
  facts.periodOfReport = read.period ?? facts.periodOfReport;
}

/** The reports an issuing entity files itself; on others (ABS-15G is the securitizer's, a
 * prospectus the depositor's) the issuing entity is not the registrant. */
const ISSUING_ENTITY_REPORTS = /^(?:10-D|10-K|8-K|ABS-EE)/;

/** Regulation AB covers: the issuing entity is the registrant; depositor and sponsor are
 * parties of their own. A distribution report's period ends with its distribution period. */
export function applyAbsParties(facts: CoverFacts, cover: CoverText, formType: string | null): void {
  if (formType !== null && !ISSUING_ENTITY_REPORTS.test(formType)) return;
  const read = readAbsParties(cover);
  if (read.issuingEntity) {
    const company = (facts.company ??= {});
    for (const [key, value] of Object.entries(read.issuingEntity)) {
      if (value !== null && value !== undefined) Object.assign(company, { [key]: value });
    }
    facts.otherCompanies.push(...read.others);
  }
  if (formType !== null && /^10-D/.test(formType) && read.distributionPeriodEnd) {
    facts.periodOfReport = read.distributionPeriodEnd;
  }
}

const REPORT_MONTH =
  /For\s{1,3}the\s{1,3}month\s{1,3}of\s{1,3}(January|February|March|April|May|June|July|August|September|October|November|December),?\s{1,3}(\d{4})/i;
const MONTH_NAMES = 'january february march april may june july august september october november december'.split(' ');

/** A foreign private issuer's report (6-K) covers "the month of January 2020" and is dated by its
 * signature: the period is the signature's date in (or just after) that month, never a "year
 * ended" date from the report it furnishes. */
export function applyForeignReport(facts: CoverFacts, cover: CoverText, formType: string | null): void {
  if (formType === null || !/^6-K/.test(formType)) return;
  const signed = facts.signatures.find((s) => s.date !== null)?.date ?? null;
  const month = REPORT_MONTH.exec(cover.head.slice(0, 5000));
  if (!month || !signed) {
    facts.periodOfReport = signed;
    return;
  }
  const first = Number(month[2]) * 12 + MONTH_NAMES.indexOf(month[1]!.toLowerCase());
  const at = Number(signed.slice(0, 4)) * 12 + Number(signed.slice(5, 7)) - 1;
  facts.periodOfReport = at >= first && at <= first + 1 ? signed : null;
}

const RULE = /\bRule\s{1,3}(424\s{0,2}\(b\)\s{0,2}\(\d\)|433)/i;

/** Prospectuses and free writing prospectuses: the rule they are filed under. (The issuer and
 * the "Registration No. 333-..." are read by the common readers.) */
export function applyProspectus(facts: CoverFacts, cover: CoverText, formType: string | null): void {
  if (formType === null) return;
  // Registration statements and prospectuses report no period: a date on them is an offering's.
  if (/^(?:424B|FWP|S-|F-|SF-|POS)/.test(formType)) facts.periodOfReport = null;
  if (!/^(?:424B|FWP)/.test(formType)) return;
  const rule = RULE.exec(cover.head.slice(0, 5000));
  if (rule) facts.extra.rule = rule[1]!.replace(/\s+/g, '');
  const company = (facts.company ??= {});
  company.name ??= prospectusIssuer(cover);
}

/** "X (formerly Y)": the company is X; Y is a former name. */
export function applyFormerName(facts: CoverFacts): void {
  const name = facts.company?.name;
  if (!name) return;
  const split = splitFormerName(name);
  if (!split.former) return;
  facts.company!.name = split.name;
  facts.company!.formerNames = [{ name: split.former, changed: null }];
}
