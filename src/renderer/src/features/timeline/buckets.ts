// Timeline buckets: fill the gaps so the axis is continuous, and turn buckets into dates.

export type Granularity = 'year' | 'month';

function nextBucket(key: string, g: Granularity): string {
  if (g === 'year') return String(Number(key) + 1);
  const [y, m] = key.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Every bucket from the first to the last, zero where the core reported none. */
export function fillBuckets(buckets: [string, number][], g: Granularity): [string, number][] {
  if (buckets.length === 0) return [];
  const counts = new Map(buckets);
  const out: [string, number][] = [];
  const last = buckets[buckets.length - 1][0];
  // A guard against malformed keys: never more than 200 years of months.
  for (let key = buckets[0][0]; out.length < 2400; key = nextBucket(key, g)) {
    out.push([key, counts.get(key) ?? 0]);
    if (key >= last) break;
  }
  return out;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The inclusive ISO date range covered by the buckets `from`..`to`. */
export function bucketRange(from: string, to: string, g: Granularity): [string, string] {
  if (g === 'year') return [`${from}-01-01`, `${to}-12-31`];
  const [y, m] = to.split('-').map(Number);
  return [`${from}-01`, `${to}-${String(lastDayOfMonth(y, m)).padStart(2, '0')}`];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function bucketLabel(key: string, g: Granularity): string {
  if (g === 'year') return key;
  const [y, m] = key.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${y}`;
}
