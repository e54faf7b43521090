// Locates hits of a query's text in a document's stored text, matching terms exactly as FTS5
// does (same tokenizer rules and Porter stems; see shared/query/text), so every document
// FTS5 returned for body text shows its hits. Phrases match consecutive tokens; a prefix
// term matches stems starting with the prefix's stem, as FTS5 prefix queries do. NEAR groups
// are highlighted at every occurrence of their terms.
import type { TextNode } from '../../../shared/query';
import { porterStem, textTokens } from '../../../shared/query/text';

export type Hit = [number, number];

interface Pattern {
  stems: string[];
  prefix: boolean;
}

function patternsOf(nodes: readonly TextNode[]): Pattern[] {
  const out: Pattern[] = [];
  const add = (text: string, prefix: boolean) => {
    const stems = Array.from(textTokens(text), (t) => porterStem(t.folded));
    if (stems.length) out.push({ stems, prefix });
  };
  for (const n of nodes) {
    if (n.type === 'near') for (const t of n.terms) add(t.text, t.prefix);
    else add(n.text, n.prefix);
  }
  return out;
}

export class HitFinder {
  private readonly patterns: Pattern[];
  private readonly firstChars: Set<string>;
  private readonly longest: number;
  private readonly stems = new Map<string, string>();

  constructor(nodes: readonly TextNode[]) {
    this.patterns = patternsOf(nodes);
    // Porter never changes a token's first character, so other tokens need no stemming.
    this.firstChars = new Set(this.patterns.flatMap((p) => p.stems.map((s) => s[0])));
    this.longest = Math.max(0, ...this.patterns.map((p) => p.stems.length));
  }

  get empty(): boolean {
    return this.patterns.length === 0;
  }

  private stem(folded: string): string | null {
    if (!this.firstChars.has(folded[0])) return null;
    let s = this.stems.get(folded);
    if (s === undefined) {
      s = porterStem(folded);
      if (this.stems.size < 50_000) this.stems.set(folded, s);
    }
    return s;
  }

  /** Hits in text order, overlapping ones merged. */
  *hits(text: string): Generator<Hit> {
    if (this.empty) return;
    const n = this.longest;
    const starts = new Array<number>(n);
    const stems = new Array<string | null>(n);
    let count = 0;
    let pending: Hit | null = null;
    for (const tok of textTokens(text)) {
      const at = count % n;
      starts[at] = tok.start;
      stems[at] = this.stem(tok.folded);
      count++;
      if (stems[at] === null) continue;
      for (const p of this.patterns) {
        const len = p.stems.length;
        if (len > count) continue;
        let ok = true;
        for (let j = 0; j < len && ok; j++) {
          const s = stems[(count - len + j) % n];
          const want = p.stems[j];
          ok = s !== null && (p.prefix && j === len - 1 ? s.startsWith(want) : s === want);
        }
        if (!ok) continue;
        const hit: Hit = [starts[(count - len) % n], tok.end];
        if (pending && hit[0] < pending[1]) {
          pending = [Math.min(pending[0], hit[0]), Math.max(pending[1], hit[1])];
        } else {
          if (pending) yield pending;
          pending = hit;
        }
      }
    }
    if (pending) yield pending;
  }
}
