// A result's snippet, inflating only as much of its document's stored text as the snippet
// needs: real filings run to hundreds of KB while the first hit is often in the first few.
// A prefix of the deflate stream inflates to a prefix of the text; the snippet cut from it is
// kept when nothing past it could change the snippet (HitFinder.settled), else a longer prefix
// is tried, and at last the whole text. Either way the snippet is makeSnippet's on the whole.
// zlib has no synchronous way to go on from where an inflate stopped, so each try restarts.
import { constants, inflateRawSync } from 'node:zlib';
import type { HitFinder } from './hits';
import { cutSnippet, snippetWindow, type Snippet } from './snippet';

/**
 * Inflate what a truncated stream holds, without an error for its missing end. zlib allocates
 * its output `chunkSize` at a time: sized to what the prefix likely holds (text deflates about
 * 4:1), not 64 KB per result, whose garbage at 50 results a page drove collections.
 */
const partial = (n: number) => ({ finishFlush: constants.Z_SYNC_FLUSH, chunkSize: Math.max(4096, n * 4) });

// Measured: from 1 KB (2-3 KB of text) most snippets of the search bench settle at once, and
// growing 4 times over re-inflates least on long real filings.
const FIRST_PREFIX = 1024;
const GROWTH = 4;

/** Bytes up to and including the last ASCII whitespace: no character or token is cut there. */
function settledLength(bytes: Buffer): number {
  let n = bytes.length;
  while (n > 0 && !(bytes[n - 1] === 32 || (bytes[n - 1] >= 9 && bytes[n - 1] <= 13))) n--;
  return n;
}

/** A snippet and where the text's first hit starts (an offset in the whole text; null for none). */
export interface LocatedSnippet {
  snippet: Snippet;
  firstHit: number | null;
}

/** The snippet cut from an inflated prefix, or null when the rest of the text could change it. */
function prefixSnippet(bytes: Buffer, finder: HitFinder): LocatedSnippet | null {
  const text = bytes.toString('utf8', 0, settledLength(bytes));
  const w = snippetWindow(text, finder);
  // The whole text goes on past the prefix, so past w.end: a trailing '…'. The prefix's first
  // hit starts where the whole text's does (settled: the same hits start before w.end).
  return w.hit && finder.settled(text, w.end) ? { snippet: cutSnippet(text, w, true), firstHit: w.inside[0][0] } : null;
}

/**
 * makeSnippet over the text `z` inflates to (as doc_text stores it), with where the first hit
 * starts (what a result's section is named by, without inflating the rest); `first` is for tests.
 */
export function locatedSnippet(z: Buffer, finder: HitFinder, first = FIRST_PREFIX): LocatedSnippet {
  for (let n = first; n < z.length; n *= GROWTH) {
    const located = prefixSnippet(inflateRawSync(z.subarray(0, n), partial(n)), finder);
    if (located) return located;
  }
  const text = inflateRawSync(z).toString('utf8');
  const w = snippetWindow(text, finder);
  return { snippet: cutSnippet(text, w, w.end < text.length), firstHit: w.hit ? w.inside[0][0] : null };
}

/** makeSnippet over the text `z` inflates to (as doc_text stores it); `first` is for tests. */
export function deflatedSnippet(z: Buffer, finder: HitFinder, first = FIRST_PREFIX): Snippet {
  return locatedSnippet(z, finder, first).snippet;
}
