// Investment company covers. Form 24F-2 (the annual notice of securities sold, filed as
// 24F-2NT) is a questionnaire: "1. Name and address of issuer:", the Securities Act file number
// the fee is paid under (EDGAR files the notice under it), and the last day of the fiscal year.
// Fund names on any cover may carry a former name: "The Gabelli Growth Fund (formerly The
// GAMCO Growth Fund)" is the Gabelli Growth Fund, formerly the GAMCO Growth Fund.
import { findDate } from '../../edgar/dates';
import { labeledValue } from './labeled';
import type { CoverText } from './text-lines';

export interface AnnualNotice {
  name: string | null;
  fileNumber: string | null;
  period: string | null;
}

const ISSUER = /Name\s{1,3}and\s{1,3}address\s{1,3}of\s{1,3}issuer\s{0,3}:?/i;
const SECURITIES_ACT_FILE = /Securities\s{1,3}Act\s{1,3}File\s{1,3}Numbers?\s{0,3}:?\s{0,12}((?:0?33|333)-\d{3,6})/i;
const FISCAL_YEAR = /Last\s{1,3}day\s{1,3}of\s{1,3}fiscal\s{1,3}year[^:\n]{0,60}:?/i;

export function readAnnualNotice(cover: CoverText): AnnualNotice {
  const name = labeledValue(cover.lines, ISSUER, 0, 60, 2)?.value ?? null;
  const file = SECURITIES_ACT_FILE.exec(cover.head);
  const year = labeledValue(cover.lines, FISCAL_YEAR, 0, 120, 1);
  return {
    name: name ? (name.split(/\t| {3,}/)[0] ?? name).trim() : null,
    fileNumber: file ? file[1]! : null,
    period: year ? (findDate(year.value)?.iso ?? null) : null,
  };
}

const FORMERLY =
  /\s{0,3}[([]\s{0,2}(?:formerly|f\/k\/a|previously)\s{1,3}(?:known\s{1,3}as\s{1,3})?([^)\]]{2,120})[)\]]\s{0,3}$/i;

/** A name and the former name it carries in parentheses, if any. */
export function splitFormerName(name: string): { name: string; former: string | null } {
  const m = FORMERLY.exec(name);
  if (!m || m.index < 2) return { name, former: null };
  return { name: name.slice(0, m.index).trim(), former: m[1]!.trim().replace(/[,;]$/, '') };
}
