// Readable text: HTML (blocks, tables, entities, skipped content), 1990s SGML text markup,
// PEM dash escaping, and byte decoding (UTF-8 with a Windows-1252 fallback).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFiling } from '../../../src/shared/parser';
import { decodeBytes } from '../../../src/shared/parser/decode';
import { decodeEntities } from '../../../src/shared/parser/entities';
import { htmlText } from '../../../src/shared/parser/html-text';
import { undoDashEscaping } from '../../../src/shared/parser/pem';
import { normalizeLines, sgmlText } from '../../../src/shared/parser/sgml-text';
import { xmlText } from '../../../src/shared/parser/xml-text';
import { CORPUS_EVAL, describeWithShared } from '../../helpers/shared';
import { parseCorpusFile } from './corpus-files';

describe('htmlText', () => {
  it('keeps a table row on one line, cells separated by a tab, blocks inside cells flattened', () => {
    const html =
      '<table><tr><td><div>Maryland</div><br/></td><td>&#160;</td><td><p>001-40609</p></td></tr><tr><td>(State)</td><td></td><td>(File No.)</td></tr></table>';
    expect(htmlText(html)).toBe('Maryland\t001-40609\n(State)\t(File No.)');
  });

  it('turns blocks into line breaks and paragraphs into blank lines, collapsing whitespace', () => {
    expect(htmlText('<div>UNITED   STATES</div><div>\n SECURITIES</div><p>FORM 8-K</p>line<br>break')).toBe(
      'UNITED STATES\nSECURITIES\n\nFORM 8-K\n\nline\nbreak',
    );
  });

  it('decodes named and numeric entities, with 128-159 read as Windows-1252', () => {
    expect(htmlText('<p>AT&amp;T&nbsp;Inc. &#147;Q&#148; &#x2014; &rsquo;s &eacute; &bogus;</p>')).toBe(
      'AT&T Inc. “Q” — ’s é &bogus;',
    );
  });

  it('decodes every HTML5 named entity, spaces of any width as a space and zero-width ones as nothing', () => {
    expect(
      htmlText(
        '<p>Apple&NegativeThickSpace;Inc. &rarr; 10&ThinSpace;000 &Uuml;ber &lbrace;x&rbrace; &NotARealOne;</p>',
      ),
    ).toBe('AppleInc. → 10 000 Über {x} &NotARealOne;');
    expect(decodeEntities('&hairsp;&ZeroWidthSpace;&frac58;')).toBe(' ⅝');
  });

  it('skips scripts, styles, comments, the head and the hidden ix:header', () => {
    const html =
      '<html><head><title>t</title><style>p{}</style></head><body><script>var x="<p>";</script><!-- <p>hidden --><div style="display:none"><ix:header><ix:hidden>0000880984</ix:hidden></ix:header></div><p>shown</p></body></html>';
    expect(htmlText(html)).toBe('shown');
  });

  it('keeps <pre> spacing and reads a stray "<" as text', () => {
    expect(htmlText('<pre>a    b\n  c</pre><p>1 < 2</p>')).toBe('a    b\n  c\n\n1 < 2');
  });

  it('marks CSS page breaks (before/after: always) as page breaks, not "avoid"', () => {
    const html =
      '<p>one</p><hr style="page-break-after:always"><p style="page-break-inside: avoid; PAGE-BREAK-BEFORE: ALWAYS">two</p><div style="page-break-after: avoid">three</div>';
    expect(htmlText(html)).toBe('one\n\n\f\n\f\ntwo\n\nthree');
  });

  it('marks <PAGE> as a page break', () => {
    expect(htmlText('<p>one</p><PAGE><p>two</p>')).toBe('one\n\n\f\ntwo');
  });
});

describe('sgmlText', () => {
  it('removes 1990s table markup but keeps its text, <PAGE> becomes a form feed', () => {
    const raw =
      'Text\r\n<PAGE>\r\n<TABLE>\r\n<CAPTION>\r\n<S>                 <C>\r\nRevenue <F1>        $ 10\r\n</TABLE>\r\n<FN>\r\n<F1> Note\r\n</FN>\r\n';
    expect(sgmlText(raw)).toBe('Text\n\f\n\n\nRevenue         $ 10\n\n\n Note');
  });

  it('keeps unknown angle-bracket text and drops NULs', () => {
    expect(sgmlText('a <b> c\0 <NOT-A-TAG-WE-KNOW>')).toBe('a <b> c <NOT-A-TAG-WE-KNOW>');
  });
});

describe('normalizeLines', () => {
  it('trims trailing blanks but not form feeds, caps blank runs at two, unifies line ends', () => {
    expect(normalizeLines('a  \r\n\f\t\r\n\n\n \n\n\nb\0\rc \t')).toBe('a\n\f\n\n\nb\nc');
  });
});

describe('undoDashEscaping', () => {
  it('removes the "- " stuffing at the start of every line, including the first', () => {
    expect(undoDashEscaping('- -----\ntext - more\n- - item\n-x')).toBe('-----\ntext - more\n- item\n-x');
    expect(undoDashEscaping('no stuffing')).toBe('no stuffing');
  });
});

describe('xmlText', () => {
  it('puts each element value on its own line', () => {
    expect(
      xmlText('<?xml version="1.0"?><a><issuerName>ARROW &amp; CO</issuerName><x/><v><![CDATA[<raw>]]></v></a>'),
    ).toBe('ARROW & CO\n<raw>');
  });
});

describe('decodeBytes', () => {
  it('decodes UTF-8, and falls back to Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeBytes(new TextEncoder().encode('café — “x”'))).toEqual({ text: 'café — “x”', encoding: 'utf-8' });
    expect(decodeBytes(Uint8Array.from([0x93, 0x51, 0x94, 0x20, 0xe9, 0x00]))).toEqual({
      text: '“Q” é\0',
      encoding: 'windows-1252',
    });
  });
});

describe('decodeEntities', () => {
  it('leaves text without entities untouched and survives out-of-range references', () => {
    const s = 'plain text';
    expect(decodeEntities(s)).toBe(s);
    expect(decodeEntities('&#0;&#9999999;&#xD800;')).toBe('\ufffd\ufffd\ufffd');
  });
});

describeWithShared('text of real documents', () => {
  it('undoes the PEM "- " dash escaping', () => {
    const f = parseCorpusFile('najmabad__sec_edgar_company_filings/0000215219-99-000004.txt');
    const all = f.documents.map((d) => d.text).join('\n');
    expect(all).toMatch(/^------ {2}--------$/m);
    expect(all).not.toMatch(/^- -/m);
  });

  it('reads a Windows-1252 era filing without replacement characters', () => {
    const f = parseCorpusFile('mwaldstein__edgarWebR/0000037996-94-000005.txt');
    for (const d of f.documents) expect(d.text).not.toContain('\ufffd');
  });
});

describeWithShared('dash stuffing without the PEM wrapper', () => {
  it('is undone in a document cut out of a PEM submission', () => {
    const f = parseFiling(readFileSync(join(CORPUS_EVAL, '0000912057-02-013127.txt')));
    expect(f.documents[0]!.text).toMatch(/^-{80}$/m);
    expect(f.documents[0]!.text).not.toMatch(/^- -/m);
  });

  it('is left alone when other lines start with a bare dash', () => {
    expect(parseFiling(new TextEncoder().encode('Notes\n- -x\n--y\n')).documents[0]!.text).toBe('Notes\n- -x\n--y');
  });
});
