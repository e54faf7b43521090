// The OpenSearch analyzer (src/main/core/opensearch/analysis.ts) against the project's own
// tokenizer (src/shared/query/text, itself tested against FTS5): the same token spans and the
// same stems, checked with the _analyze API over a fixture and over every document of the corpus.
import { Client } from '@opensearch-project/opensearch';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { analysisSettings, TEXT_ANALYZER } from '../../src/main/core/opensearch/analysis';
import { parseFiling } from '../../src/shared/parser';
import { porterStem, textTokens } from '../../src/shared/query/text';
import { isAscii } from '../../src/shared/query/text/ascii';
import { CORPUS_FILES, describeWithShared } from '../helpers/shared';

const INDEX = 'analyzer-parity';

interface Token {
  start: number;
  end: number;
  term: string;
}

/**
 * The two differences we allow, both in the Porter stem of a token whose span agrees:
 * - a token that is only a step-1a suffix (`ies`, `sses`): FTS5 strips a suffix only when a stem
 *   remains before it, Lucene also strips it from the whole word (`ies` -> `ie` here, `i` there);
 * - a token with non-ASCII letters: FTS5 measures the word in UTF-8 bytes, Lucene in characters,
 *   so the Porter measure can differ (`straße` -> `straß` here, `straße` there).
 */
export function allowedDifference(folded: string): string | null {
  if (folded === 'ies' || folded === 'sses') return 'whole-word step-1a suffix';
  if (!isAscii(folded)) return 'non-ASCII token (byte vs character measure)';
  return null;
}

function ours(text: string): (Token & { folded: string })[] {
  return [...textTokens(text)].map((t) => ({
    start: t.start,
    end: t.end,
    term: porterStem(t.folded),
    folded: t.folded,
  }));
}

let client: Client;

async function analyze(text: string): Promise<Token[]> {
  const r = await client.indices.analyze({ index: INDEX, body: { analyzer: TEXT_ANALYZER, text } });
  const tokens = (r.body as { tokens: { start_offset: number; end_offset: number; token: string }[] }).tokens;
  return tokens.map((t) => ({ start: t.start_offset, end: t.end_offset, term: t.token }));
}

interface Comparison {
  tokens: number;
  spanDiffs: string[];
  allowed: Map<string, string[]>;
  stemDiffs: string[];
}

async function compare(texts: Iterable<string>): Promise<Comparison> {
  const out: Comparison = { tokens: 0, spanDiffs: [], allowed: new Map(), stemDiffs: [] };
  for (const text of texts) {
    const want = ours(text);
    const got = await analyze(text);
    out.tokens += want.length;
    if (got.length !== want.length) {
      out.spanDiffs.push(
        `token count ${want.length} here, ${got.length} in OpenSearch, text starting ${JSON.stringify(text.slice(0, 40))}`,
      );
      continue;
    }
    for (let i = 0; i < want.length; i++) {
      const w = want[i];
      const g = got[i];
      if (w.start !== g.start || w.end !== g.end) {
        out.spanDiffs.push(
          `${JSON.stringify(text.slice(w.start, w.end))} at ${w.start}-${w.end}, OpenSearch ${g.start}-${g.end}`,
        );
        continue;
      }
      if (w.term === g.term) continue;
      const why = allowedDifference(w.folded);
      const line = `${w.folded}: ${w.term} here, ${g.term} in OpenSearch`;
      if (why) out.allowed.set(why, [...(out.allowed.get(why) ?? []), line]);
      else out.stemDiffs.push(line);
    }
  }
  return out;
}

beforeAll(async () => {
  client = new Client({ node: inject('opensearchUrl') });
  await client.indices.create({
    index: INDEX,
    body: {
      settings: {
        number_of_shards: 1,
        number_of_replicas: 0,
        'analyze.max_token_count': 2_000_000,
        analysis: analysisSettings(),
      },
    },
  });
});

afterAll(async () => {
  await client?.indices.delete({ index: INDEX }, { ignore: [404] });
});

describe('OpenSearch analyzer = FTS5 unicode61 + porter (fixture)', () => {
  it('gives the same spans and stems on English, accented, other scripts and symbols', async () => {
    const text = [
      'The Registrant\'s subsidiaries (the "Guarantors") reported 1,234.56 million; Item 2.02 — Results.',
      'Crème brûlée façade naïve Ærø ﬁnance İstanbul ΚΑΛΗΜΈΡΑ Привет Ёлка 東京都 😀abc',
      'e\u0301cole \u0301lead x²³ ½ ①② ﬀ Ǆemal ǅ ŉ co-registrants N-CSR 10-K405 S-8POS',
      'running runs ran generalizations agreed conditional rational hopeful goodness',
      // FTS5 leaves tokens over 64 bytes unstemmed.
      `${'antidisestablishment'.repeat(4)}arianisms`,
    ].join('\n');
    const c = await compare([text]);
    expect(c.spanDiffs).toEqual([]);
    expect(c.stemDiffs).toEqual([]);
    expect(c.tokens).toBeGreaterThan(50);
  });

  it('allows only the listed stem differences', async () => {
    const c = await compare(['ies straße']);
    expect(c.spanDiffs).toEqual([]);
    expect(c.stemDiffs).toEqual([]);
    expect([...c.allowed.keys()].sort()).toEqual([
      'non-ASCII token (byte vs character measure)',
      'whole-word step-1a suffix',
    ]);
  });
});

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

describeWithShared('OpenSearch analyzer over the corpus', () => {
  let parsed: string[] | undefined;
  const documents = (): string[] => {
    if (parsed) return parsed;
    const out: string[] = (parsed = []);
    for (const path of walk(CORPUS_FILES)) {
      const filing = parseFiling(new Uint8Array(readFileSync(path)), { path });
      for (const d of filing.documents) if (d.text) out.push(d.text);
    }
    return out;
  };

  it('every distinct token of the corpus: one token, the same stem (but the allowed differences)', async () => {
    const vocabulary = new Map<string, string>();
    for (const text of documents())
      for (const t of textTokens(text)) if (!vocabulary.has(t.folded)) vocabulary.set(t.folded, porterStem(t.folded));
    const words = [...vocabulary.keys()];
    const stemDiffs: string[] = [];
    const allowed: string[] = [];
    for (let i = 0; i < words.length; i += 5000) {
      const batch = words.slice(i, i + 5000);
      // One text per word: OpenSearch numbers positions across the array, one token each.
      const r = await client.indices.analyze({ index: INDEX, body: { analyzer: TEXT_ANALYZER, text: batch } });
      const tokens = (r.body as { tokens: { token: string }[] }).tokens;
      expect(tokens.length, 'every word of ours is one OpenSearch token').toBe(batch.length);
      batch.forEach((word, j) => {
        const want = vocabulary.get(word);
        if (tokens[j].token === want) return;
        const line = `${word}: ${want} here, ${tokens[j].token} in OpenSearch`;
        (allowedDifference(word) ? allowed : stemDiffs).push(line);
      });
    }
    console.log(
      `analyzer parity (vocabulary): ${words.length} distinct tokens, ${stemDiffs.length} differences, ${allowed.length} allowed (${allowed.slice(0, 5).join('; ')})`,
    );
    expect(stemDiffs.slice(0, 20)).toEqual([]);
    expect(words.length).toBeGreaterThan(20_000);
  });

  it('token spans and stems in running text (every 8th document; all with EDGAR_CLUSTER_FULL=1)', async () => {
    const all = documents();
    const every = process.env.EDGAR_CLUSTER_FULL ? 1 : 8;
    const c = await compare(all.filter((_, i) => i % every === 0));
    const allowed = [...c.allowed].map(([why, lines]) => `${why}: ${lines.length}`);
    console.log(
      `analyzer parity (spans): ${c.tokens} tokens, ${c.spanDiffs.length} span differences, ${c.stemDiffs.length} stem differences, allowed: ${allowed.join(' | ') || 'none'}`,
    );
    expect(c.spanDiffs.slice(0, 20)).toEqual([]);
    expect(c.stemDiffs.slice(0, 20)).toEqual([]);
    expect(c.tokens).toBeGreaterThan(100_000);
  });
});
