import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formattedLimit,
  MAX_FORMATTED_CHARS,
  MAX_FORMATTED_NESTING,
  nestingDepth,
} from '../../../src/renderer/src/features/viewer/html-limits';
import { CORPUS_FILES, describeWithShared } from '../../helpers/shared';

describe('nestingDepth', () => {
  it('counts the elements open at once', () => {
    expect(nestingDepth('<div><div><span>x</span></div><p>y</p></div>')).toBe(3);
    expect(nestingDepth('<div>'.repeat(50) + 'x')).toBe(50);
    expect(nestingDepth('<DIV><Div></div></DIV>'.repeat(10))).toBe(2);
  });

  it('does not count void elements, comments, doctype, or tags inside scripts, styles and comments', () => {
    expect(
      nestingDepth(
        '<!doctype html><html><head><meta charset=utf-8><link rel=x></head><body><br><img src=x><hr></body></html>',
      ),
    ).toBe(0);
    expect(
      nestingDepth(
        `<!-- ${'<div>'.repeat(100)} --><style>${'<div>'.repeat(100)}</style><script>${'<b>'.repeat(100)}</script><p>x`,
      ),
    ).toBe(1);
  });

  it('closes implied ends as a parser does: cells, rows, list items, paragraphs', () => {
    // An old EDGAR table: unclosed <font>s in cells with no end tags are closed by the next cell.
    const cells = '<table>' + '<tr><td><font size=2>a<td><font size=2>b'.repeat(500) + '</table>';
    expect(nestingDepth(cells)).toBeLessThanOrEqual(4);
    expect(nestingDepth('<ul>' + '<li>item'.repeat(1000) + '</ul>')).toBe(2);
    expect(nestingDepth('<p>para'.repeat(1000))).toBe(1);
    expect(nestingDepth('<div><p>a<div>b</div></div>'.repeat(100))).toBe(2);
  });

  it('still counts what the implied ends do not close', () => {
    expect(nestingDepth('<font>'.repeat(3000))).toBe(3000);
    // Outside a table a parser ignores <td>: only the <div>s nest.
    expect(nestingDepth('<td><div>'.repeat(2000))).toBe(2000);
  });

  it('stops counting past stopAt', () => {
    expect(nestingDepth('<div>'.repeat(1_000_000), 100)).toBe(101);
  });

  it('reads 200,000 open elements in one pass', () => {
    // Linear: every tag is pushed once and popped at most once (the work is bounded by the
    // tags read, asserted through the result on inputs that would be quadratic to rescan).
    const n = 200_000;
    expect(nestingDepth('<div>'.repeat(n) + '</div>'.repeat(n))).toBe(n);
    expect(nestingDepth('<table><tr>' + '<font>'.repeat(n / 2) + '<td>x'.repeat(n / 2))).toBe(n / 2 + 3);
  });
});

describe('formattedLimit', () => {
  it('refuses HTML nested past the cap, with the reason', () => {
    const deep = '<div>'.repeat(100_000) + 'x' + '</div>'.repeat(100_000);
    const limit = formattedLimit(deep);
    expect(limit.ok).toBe(false);
    expect(!limit.ok && limit.reason).toContain(`more than ${MAX_FORMATTED_NESTING.toLocaleString('en-US')} deep`);
    expect(formattedLimit('<div>'.repeat(MAX_FORMATTED_NESTING)).ok).toBe(true);
    expect(formattedLimit('<div>'.repeat(MAX_FORMATTED_NESTING + 1)).ok).toBe(false);
  });

  it('refuses HTML larger than the cap', () => {
    const limit = formattedLimit('x'.repeat(MAX_FORMATTED_CHARS + 1));
    expect(limit.ok).toBe(false);
    expect(!limit.ok && limit.reason).toContain('too large');
  });
});

describeWithShared('formattedLimit on the real corpus', () => {
  it('lays out every HTML document of the corpus', () => {
    const checked: number[] = [];
    for (const dir of readdirSync(CORPUS_FILES)) {
      for (const name of readdirSync(join(CORPUS_FILES, dir))) {
        if (name.endsWith('.gz')) continue;
        const text = readFileSync(join(CORPUS_FILES, dir, name), 'latin1');
        const docs = text.includes('<TEXT>') ? text.split('<TEXT>').slice(1) : [text];
        for (const doc of docs) {
          const html = doc.split('</TEXT>')[0]!;
          // HTML documents only: uuencoded binaries are full of '<' followed by letters.
          if (!/<(html|body|table)\b/i.test(html) || /^\s*begin [0-7]{3} /m.test(html.slice(0, 2000))) continue;
          const limit = formattedLimit(html);
          expect(limit.ok, `${dir}/${name}`).toBe(true);
          if (limit.ok) checked.push(limit.nesting);
        }
      }
    }
    expect(checked.length).toBeGreaterThan(100);
    // The deepest real document leaves the cap a wide margin.
    expect(Math.max(...checked)).toBeLessThan(MAX_FORMATTED_NESTING / 4);
  });
});
