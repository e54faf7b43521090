// The cover page of a Form 13F in text: the manager filing the report ("Institutional
// Investment Manager Filing this Report: Name: ..."), its Form 13F file number (28-...), its
// address, and the person signing with the date of signing. The period (the calendar quarter)
// is read by ./period.ts. The numbers and names in "List of Other Managers" are other managers'.
import type { Address, Signature } from '../../filing';
import { findDate } from '../../edgar/dates';
import { stateCode } from '../../edgar/states';
import { labeledValue, lineIndex } from './labeled';
import type { CoverText } from './text-lines';
import type { CoverCompany } from './types';

const MANAGER = /^Institutional\s{1,3}Investment\s{1,3}Manager\s{1,3}Filing\s{1,3}this\s{1,3}Report/i;
/** "Name: X" below the caption, or on its line ("...Filing this Report: Name: X"). */
const MANAGER_NAME = /(?:^|Report:?\s{1,6})Name\s{0,2}:/i;
/** Older and paper-era covers: "Name of Institutional Investment Manager: X". */
const NAME_OF_MANAGER = /Name\s{1,3}of\s{1,3}(?:the\s{1,3})?Institutional\s{1,3}Investment\s{1,3}Manager\s{0,3}:?/i;
const SIGNER = /Person\s{1,3}Signing\s{1,3}this\s{1,3}Report/i;
const DATE_OF_SIGNING = /Signature,\s{0,3}Place,?\s{1,3}and\s{1,3}Date\s{1,3}of\s{1,3}Signing/i;
/** "Form 13F File Number: 28-4545", "28- 4545", "028-04558" (";" typed for ":" too). */
const FILE_NUMBER = /13F\s{1,3}File\s{1,3}Number\s{0,3}[:;]?\s{0,24}(0?28)\s?-\s?(\d{1,6})\b/i;
const OTHER_MANAGERS =
  /List\s{1,3}of\s{1,3}Other\s{1,3}(?:Included\s{1,3})?Managers|Other\s{1,3}Managers\s{1,3}Reporting/i;
/** "Omaha, NE 68131", "Seattle, WA. 98109". */
const CITY_LINE = /^([A-Za-z .'-]{2,40}),\s{0,3}([A-Za-z]{2})\.?\s{1,3}(\d{5}(?:-\d{4})?)$/;

export interface ThirteenFCover {
  company: CoverCompany | null;
  signatures: Signature[];
}

function address(cover: CoverText, from: number): Address | null {
  const street = labeledValue(cover.lines, /^Address\s{0,2}:/i, from, 8);
  if (!street) return null;
  for (let j = street.line + 1; j < cover.lines.length && j <= street.line + 4; j++) {
    const city = CITY_LINE.exec(cover.lines[j]!.text);
    if (city) {
      const between = j > street.line + 1 ? cover.lines[street.line + 1]!.text.replace(/^[-_\s]+$/, '') : '';
      return {
        street1: street.value,
        street2: between || null,
        city: city[1]!.trim(),
        state: stateCode(city[2]!) ?? city[2]!.toUpperCase(),
        zip: city[3]!,
      };
    }
  }
  return { street1: street.value, street2: null, city: null, state: null, zip: null };
}

function signer(cover: CoverText): Signature[] {
  const { lines } = cover;
  const at = lineIndex(lines, SIGNER);
  if (at < 0) return [];
  const name = labeledValue(lines, /^Name\s{0,2}:/i, at, 6);
  if (!name) return [];
  const title = labeledValue(lines, /^Title\s{0,2}:/i, name.line, 4);
  const signing = lineIndex(lines, DATE_OF_SIGNING, at, at + 20);
  const dated =
    signing < 0
      ? null
      : findDate(
          lines
            .slice(signing + 1, signing + 5)
            .map((l) => l.text)
            .join(' '),
        );
  return [{ name: name.value, title: title?.value ?? null, date: dated?.iso ?? null }];
}

/** The manager and signer of a 13F cover; null company when the cover names no manager. */
export function readThirteenF(cover: CoverText): ThirteenFCover {
  const { lines } = cover;
  const at = lineIndex(lines, MANAGER);
  const name =
    (at < 0 ? null : labeledValue(lines, MANAGER_NAME, at, 6)) ?? labeledValue(lines, NAME_OF_MANAGER, 0, 120, 2);
  // The manager's own number comes before the list of other managers.
  const others = lineIndex(lines, OTHER_MANAGERS);
  const head = others < 0 ? cover.head : cover.head.slice(0, lines[others]!.start);
  const file = FILE_NUMBER.exec(head);
  const company: CoverCompany | null =
    name || file
      ? {
          name: name?.value ?? null,
          fileNumber: file ? `${file[1]}-${file[2]}` : null,
          businessAddress: name ? address(cover, name.line) : null,
        }
      : null;
  return { company, signatures: signer(cover) };
}
