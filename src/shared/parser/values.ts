// Normalisers for header values: EDGAR writes dates as YYYYMMDD, CIKs with or without
// padding, SIC codes as "NAME [1234]", IRS numbers with or without a dash.

/** "19940321" or "1994-03-21" -> "1994-03-21"; anything else -> null. */
export function isoDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const m = /^\s*(\d{4})-?(\d{2})-?(\d{2})/.exec(raw);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
  return `${y}-${mo}-${d}`;
}

/** "20241227162940" -> "2024-12-27T16:29:40". */
export function isoDateTime(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const m = /^\s*(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(raw);
  if (!m) return null;
  const date = isoDate(`${m[1]}${m[2]}${m[3]}`);
  return date ? `${date}T${m[4]}:${m[5]}:${m[6]}` : null;
}

/** Any CIK spelling -> 10 digits, zero padded. */
export function cik10(raw: string | null | undefined): string | null {
  const digits = raw?.trim();
  if (!digits || !/^\d{1,10}$/.test(digits)) return null;
  return digits.padStart(10, '0');
}

/** "SAVINGS INSTITUTIONS [6036]" or "6036" -> "6036". */
export function sic4(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const m = /\[\s{0,3}(\d{3,4})\s{0,3}\]/.exec(raw) ?? /^\s*(\d{3,4})\s*$/.exec(raw);
  return m ? m[1]!.padStart(4, '0') : null;
}

/** "38-0549190" or "380549190" -> "380549190". */
export function irs9(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const digits = raw.replace(/[\s-]/g, '');
  return /^\d{9}$/.test(digits) ? digits : null;
}

/** Two-letter US state or EDGAR country code ("DE", "A0"). */
export function state2(raw: string | null | undefined): string | null {
  const v = raw?.trim().toUpperCase();
  return v && /^[A-Z0-9]{2}$/.test(v) ? v : null;
}

/** Collapses internal whitespace; empty -> null. */
export function clean(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const v = raw.replace(/\s+/g, ' ').trim();
  return v === '' ? null : v;
}
