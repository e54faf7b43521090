// Asset-backed covers since Regulation AB (10-D distribution reports, ABS 10-Ks and 8-Ks) name
// three parties, each with its own caption: the issuing entity (the registrant: the trust),
// the depositor and the sponsor, with "Commission File Number of ..." and "Central Index Key
// Number of ..." beside them. The distribution report's period is the end of its
// distribution period ("For the monthly distribution period from: May 1 to May 31, 2020").
import type { CompanyRole } from '../../filing';
import { findDate } from '../../edgar/dates';
import type { CoverText, Line } from './text-lines';
import type { CoverCompany } from './types';

export interface AbsParties {
  /** The issuing entity, when its caption is on the cover. */
  issuingEntity: CoverCompany | null;
  others: (CoverCompany & { role: CompanyRole })[];
  distributionPeriodEnd: string | null;
}

type Party = 'issuing entity' | 'depositor' | 'sponsor';
const PARTIES: readonly Party[] = ['issuing entity', 'depositor', 'sponsor'];
const ROLE: Record<Exclude<Party, 'issuing entity'>, CompanyRole> = { depositor: 'depositor', sponsor: 'sponsor' };

const words = (party: string): string => party.replace(' ', '\\s{1,3}');
const nameCaption = (party: Party): RegExp =>
  new RegExp(`exact\\s{1,3}name\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?${words(party)}\\b`, 'i');
const fileCaption = (party: Party): RegExp =>
  new RegExp(
    `Commission\\s{1,3}File\\s{1,3}Numbers?\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?${words(party)}[^:\\n]{0,30}:?\\s{0,3}(\\d{3}-\\d{3,6}(?:-\\d{1,3})?)`,
    'i',
  );
const cikCaption = (party: Party): RegExp =>
  new RegExp(
    `Central\\s{1,3}Index\\s{1,3}Key\\s{1,3}Number\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?${words(party)}[^:\\n]{0,30}:?\\s{0,3}(\\d{4,10})`,
    'i',
  );
const DISTRIBUTION_PERIOD = /distribution\s{1,3}period\s{1,3}from\s{0,3}:?/i;

function nameAbove(lines: readonly Line[], c: number): string | null {
  for (let i = c - 1; i >= 0 && i >= c - 3; i--) {
    const t = lines[i]!.text.replace(/^[\s"“]+|[\s"”]+$/g, '');
    if (t === '' || /^[-_=\s]+$/.test(t)) continue;
    if (/^\(|:$/.test(t) || t.length > 150) return null;
    return t.replace(/\s{0,3}\((?:the\s)?"?(?:issuing entity|depositor|sponsor|trust)"?\)$/i, '');
  }
  return null;
}

const CAPTIONS = Object.fromEntries(
  PARTIES.map((p) => [p, { name: nameCaption(p), file: fileCaption(p), cik: cikCaption(p) }]),
) as Record<Party, { name: RegExp; file: RegExp; cik: RegExp }>;
/** Covers without the issuing entity's caption are not Regulation AB covers: one scan decides. */
const ISSUING_ENTITY = /issuing\s{1,3}entity/i;

function party(cover: CoverText, p: Party): CoverCompany | null {
  const { lines } = cover;
  const captions = CAPTIONS[p];
  const c = lines.findIndex((l) => captions.name.test(l.text));
  const name = c >= 0 ? nameAbove(lines, c) : null;
  const file = captions.file.exec(cover.head);
  const cik = captions.cik.exec(cover.head);
  if (!name && !file && !cik) return null;
  return { name, fileNumber: file?.[1] ?? null, cik: cik ? cik[1]!.padStart(10, '0') : null };
}

/** The period end: the last date after "distribution period from ... to ...". */
function distributionEnd(cover: CoverText): string | null {
  const m = DISTRIBUTION_PERIOD.exec(cover.head);
  if (!m) return null;
  const window = cover.head.slice(m.index + m[0].length, m.index + m[0].length + 160);
  const to = /\bto\b|through|-|–/i.exec(window);
  const end = to ? findDate(window.slice(to.index + to[0].length)) : null;
  return end?.iso ?? findDate(window)?.iso ?? null;
}

export function readAbsParties(cover: CoverText): AbsParties {
  if (!ISSUING_ENTITY.test(cover.head)) return { issuingEntity: null, others: [], distributionPeriodEnd: null };
  const issuingEntity = party(cover, 'issuing entity');
  const others: AbsParties['others'] = [];
  for (const p of PARTIES) {
    if (p === 'issuing entity') continue;
    const found = issuingEntity ? party(cover, p) : null;
    if (found?.name) others.push({ role: ROLE[p], ...found });
  }
  return { issuingEntity, others, distributionPeriodEnd: distributionEnd(cover) };
}
