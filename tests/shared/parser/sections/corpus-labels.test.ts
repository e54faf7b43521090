// The labelled set: 34 real filings of ../shared/corpus (10-K, 10-K405, 10-Q, 8-K, 20-F; plain
// text from 1994 on and HTML; nine with items incorporated by reference) with the start of each
// section checked by hand against the document's text (tests/fixtures/sections/corpus-labels.json:
// path, code, document, offset and the first words there; never the corpus text itself).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseFiling } from '../../../../src/shared/parser';
import { CORPUS_FILES, describeWithShared, REPO_DIR } from '../../../helpers/shared';

interface Label {
  code: string;
  document: number;
  offset: number;
  firstWords: string;
}
interface LabelledFiling {
  path: string;
  form: string;
  sections: Label[];
  unresolved: { code: string; reason: string }[];
}

const LABELS: LabelledFiling[] = JSON.parse(
  readFileSync(join(REPO_DIR, 'tests/fixtures/sections/corpus-labels.json'), 'utf8'),
) as LabelledFiling[];

/** Within one paragraph: at most one blank-line break between the two offsets. */
function withinOneParagraph(text: string, a: number, b: number): boolean {
  const between = text.slice(Math.min(a, b), Math.max(a, b));
  return (between.match(/\n[ \t\f]*\n/g) ?? []).length <= 1;
}

const words = (text: string, at: number): string =>
  text
    .slice(at, at + 200)
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .slice(0, 6)
    .join(' ');

describeWithShared('section index on the labelled corpus set', () => {
  it('covers at least 30 documents of each kind the issue names', () => {
    expect(LABELS.length).toBeGreaterThanOrEqual(30);
    const forms = new Set(LABELS.map((l) => l.form.replace(/405$/, '')));
    for (const f of ['10-K', '10-Q', '8-K']) expect(forms).toContain(f);
    expect(
      LABELS.filter((l) => /\.txt$/.test(l.path) && /-9\d-|_filing\.txt|Sec-10K-LLM/.test(l.path)).length,
    ).toBeGreaterThanOrEqual(5);
    expect(LABELS.filter((l) => /\.html?$/.test(l.path)).length).toBeGreaterThanOrEqual(5);
    const incorporated = LABELS.filter(
      (l) => l.unresolved.some((u) => u.reason.startsWith('incorporated')) || l.sections.some((s) => s.document > 0),
    );
    expect(incorporated.length).toBeGreaterThanOrEqual(5);
  });

  it('>= 90% of labelled sections start within one paragraph of the label; every miss listed', () => {
    const misses: string[] = [];
    let total = 0;
    for (const f of LABELS) {
      const path = join(CORPUS_FILES, f.path);
      const filing = parseFiling(readFileSync(path), { path });
      for (const label of f.sections) {
        total++;
        const text = filing.documents[label.document]?.text ?? '';
        // The label still names the text it was checked against.
        expect(words(text, label.offset), `${f.path} ${label.code}`).toBe(label.firstWords);
        const found = filing.sections.filter((s) => s.code === label.code && s.document === label.document);
        const hit = found.find((s) => withinOneParagraph(text, s.start, label.offset));
        if (hit) continue;
        const why = filing.sectionsUnresolved.find((u) => u.code === label.code)?.reason;
        misses.push(
          `${f.path} ${label.code}: ${found.length ? `found at ${found.map((s) => s.start).join(', ')}, label ${label.offset}` : (why ?? 'not found')}`,
        );
      }
    }
    if (misses.length) console.warn(`section misses (${misses.length}/${total}):\n${misses.join('\n')}`);
    expect(total - misses.length, misses.join('\n')).toBeGreaterThanOrEqual(Math.ceil(total * 0.9));
  });

  it('reports the expected items it cannot place with the labelled reason', () => {
    const wrong: string[] = [];
    for (const f of LABELS) {
      const path = join(CORPUS_FILES, f.path);
      const got = parseFiling(readFileSync(path), { path }).sectionsUnresolved;
      for (const u of f.unresolved) {
        const g = got.find((x) => x.code === u.code);
        if (!g || !g.reason.startsWith(u.reason))
          wrong.push(`${f.path} ${u.code}: want "${u.reason}", got "${g?.reason ?? '-'}"`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
