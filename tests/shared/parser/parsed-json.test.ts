// The `cli parse --json` line: contract keys, no document text or HTML, error passed through.
import { expect, it } from 'vitest';
import { toParsedFileJson } from '../../../src/shared/parser';
import { emptyFiling } from '../../../src/shared/parser/empty';
import { describeWithShared } from '../../helpers/shared';
import { parseCorpusFile } from './corpus-files';

const CONTRACT_KEYS = [
  'path',
  'format',
  'accessionNumber',
  'formType',
  'filedDate',
  'periodOfReport',
  'acceptanceDateTime',
  'date',
  'dateKind',
  'companies',
  'items',
  'documents',
  'exhibits',
  'signatures',
  'sources',
  'warnings',
  'extra',
  // issue 15: the section index (keys added, never renamed).
  'sections',
  'sectionsUnresolved',
].sort();

it('carries the error of an unreadable file with every other fact absent', () => {
  const json = toParsedFileJson(emptyFiling(), '/missing.txt', 'ENOENT');
  expect(Object.keys(json).sort()).toEqual([...CONTRACT_KEYS, 'error'].sort());
  expect(json).toMatchObject({
    path: '/missing.txt',
    error: 'ENOENT',
    format: 'unknown',
    accessionNumber: null,
    companies: [],
    documents: [],
  });
});

describeWithShared('toParsedFileJson on a real filing', () => {
  it('lists documents without their text or HTML and keeps the contract keys', () => {
    const f = parseCorpusFile('dgunning__edgartools/0000943374-24-000509.txt', { keepHtml: true });
    const json = toParsedFileJson(f, 'x.txt');
    expect(Object.keys(json).sort()).toEqual(CONTRACT_KEYS);
    expect(json).toMatchObject({ filedDate: '2024-12-27', date: '2024-12-27', dateKind: 'filed' });
    expect(json.documents[0]).toEqual({
      sequence: 1,
      type: '8-K',
      filename: 'form8k_122024.htm',
      description: '1895 BANCORP OF WISCONSIN, INC. FORM 8-K DECEMBER 20, 2024',
      format: 'html',
      textChars: f.documents[0]!.textChars,
    });
    for (const d of json.documents)
      expect(Object.keys(d).sort()).toEqual(['description', 'filename', 'format', 'sequence', 'textChars', 'type']);
    expect(JSON.stringify(json)).not.toContain('\n');
  });
});
