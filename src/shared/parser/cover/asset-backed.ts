// Asset-backed covers name the securities they report on: a series ("SERIES 2004-RS1") and an
// amount ("$414,498,021"). Both are read from the cover block, before the identifier captions,
// so amounts and series in the body are not taken for them.
import { squash, trimEnd, type CoverText } from './text-lines';

const SERIES = /\bSERIES\s{1,3}(\d{4}-[A-Z0-9]{1,8}|[A-Z0-9]{1,4}-\d{1,4})\b/i;
const AMOUNT = /^\$\s{0,2}(\d{1,3}(?:,\d{3}){1,5}(?:\.\d{2})?)$/;
const COVER_END = /\(state\s{1,3}or\s{1,3}other|jurisdiction|\(commission/i;

export interface AssetBackedFacts {
  series: string | null;
  amount: string | null;
  /** The securities line above the series, e.g. "WaMu MORTGAGE PASS-THROUGH CERTIFICATES". */
  securities: string | null;
}

export function readAssetBacked(cover: CoverText): AssetBackedFacts {
  const facts: AssetBackedFacts = { series: null, amount: null, securities: null };
  const { lines } = cover;
  // Only a cover block (ended by the identifier captions) names the filing's own securities;
  // without one, series and amounts are the body's (a schedule of investments, a prospectus).
  if (!lines.slice(0, 120).some((l) => COVER_END.test(l.text))) return facts;
  for (let i = 0; i < lines.length && i < 120; i++) {
    const t = lines[i]!.text;
    if (COVER_END.test(t)) break;
    const amount = AMOUNT.exec(t);
    if (amount && facts.amount === null) facts.amount = `$${amount[1]}`;
    const series = SERIES.exec(t);
    if (series && facts.series === null) {
      facts.series = series[1]!.toUpperCase();
      const above = series.index > 0 ? t.slice(0, series.index) : (lines[i - 1]?.text ?? '');
      const securities = squash(trimEnd(above.slice(-200), ','));
      if (/certificates|notes|bonds|securities|trust/i.test(securities)) facts.securities = securities;
    }
  }
  return facts;
}
