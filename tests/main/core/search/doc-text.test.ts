import Database from 'better-sqlite3';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { documentTextPrefix } from '../../../../src/main/core/search/doc-text';

/** A database holding `text` as document 1's stored text (deflated UTF-8, level 1, as the indexer stores it). */
function stored(text: string) {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE doc_text (doc_id INTEGER PRIMARY KEY, z BLOB NOT NULL)');
  db.prepare('INSERT INTO doc_text (doc_id, z) VALUES (1, ?)').run(deflateRawSync(Buffer.from(text), { level: 1 }));
  return db;
}

/** Text that deflates poorly (a seeded stream of words), with 2-, 3- and 4-byte characters throughout. */
function mixedText(chars: number): string {
  let seed = 7;
  const words = ['revenue', 'café', '€10', '😀', 'Ω', 'grew', 'filing', '中文', 'the'];
  const out: string[] = [];
  for (let n = 0; n < chars;) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const w = words[seed % words.length]! + (seed % 97) + (seed % 5 === 0 ? '\n' : ' ');
    out.push(w);
    n += w.length;
  }
  return out.join('');
}

describe('documentTextPrefix', () => {
  it('gives at least the characters asked for, a true prefix whatever character the cut falls in', () => {
    const text = mixedText(3_000_000);
    const db = stored(text);
    for (const chars of [1, 999, 65_537, 1_000_000, 2_999_000]) {
      const r = documentTextPrefix(db, 1, chars)!;
      expect(r.text.length).toBeGreaterThanOrEqual(chars);
      // Near the end the whole text may come back: then it says so.
      expect(r.complete).toBe(r.text.length === text.length);
      if (chars <= 1_000_000) expect(r.complete).toBe(false);
      expect(text.startsWith(r.text)).toBe(true);
      expect(r.text).not.toContain('\ufffd');
    }
    expect(documentTextPrefix(db, 1, text.length + 10)).toEqual({ text, complete: true });
    expect(documentTextPrefix(db, 2, 10)).toBeNull();
  });

  it('never ends in half a character when every character is 3 or 4 bytes', () => {
    let seed = 11;
    const text = Array.from({ length: 400_000 }, () => ((seed = (seed * 69069 + 1) >>> 0) & 4 ? '€' : '😀')).join('');
    const db = stored(text);
    for (const chars of [10, 50_000, 200_000]) {
      const r = documentTextPrefix(db, 1, chars)!;
      expect(r.text.length).toBeGreaterThanOrEqual(chars);
      expect(r.text).not.toContain('\ufffd');
      expect(text.startsWith(r.text)).toBe(true);
    }
  });

  it('reads little more than asked of a text that deflates 100:1 or more', () => {
    const text = 'The revenue of the registrant rose, and revenue from services grew in the period.\n'.repeat(300_000);
    const r = documentTextPrefix(stored(text), 1, 100_000)!;
    expect(text.startsWith(r.text)).toBe(true);
    expect(r.text.length).toBeGreaterThanOrEqual(100_000);
    // Not the whole 25 MB: the prefix grows by doubling from a small guess.
    expect(r.text.length).toBeLessThan(text.length / 4);
  });
});
