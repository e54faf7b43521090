// Which requests a newer one of the same window replaces. A window asks for a search's first
// page, then more pages of the same query; a newer query makes every older one pointless.
// Requests in one lane (same window, same channel, same shape) with a different subject
// (the query text, the suggestion prefix) are superseded; pages of one query never are.

interface LaneOf {
  lane: string;
  subject: string;
}

type Req = Record<string, unknown>;

const LANES: Record<string, (r: Req) => LaneOf> = {
  'search:query': (r) => ({
    lane: [r.sort, r.order, r.limit, r.facets, r.facetLimit].join('|'),
    subject: String(r.query),
  }),
  'search:timeline': (r) => ({ lane: String(r.granularity), subject: String(r.query) }),
  'search:suggest': (r) => ({ lane: String(r.field), subject: String(r.prefix) }),
};

/** The lane and subject of a request, or null when it is never superseded. */
export function laneOf(channel: string, request: unknown, origin: number | undefined): LaneOf | null {
  const of = Object.hasOwn(LANES, channel) ? LANES[channel] : undefined;
  if (!of || origin === undefined || typeof request !== 'object' || request === null) return null;
  const { lane, subject } = of(request as Req);
  return { lane: `${origin}|${channel}|${lane}`, subject };
}
