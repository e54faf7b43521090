// section: on a real node with hand-made records (the parity suite checks the same against
// SQLite on the corpus): an index made before documents.sections takes records with sections
// once ensureIndex has put the current mapping, and text restricted to a section matches only
// inside that section's own text.
import { Client } from '@opensearch-project/opensearch';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { indexDefinition } from '../../src/main/core/opensearch/mapping';
import { translateQuery } from '../../src/main/core/opensearch/query-dsl';
import type { FilingRecord } from '../../src/main/core/opensearch/records';
import { ensureIndex } from '../../src/main/core/opensearch/sync';
import { parseQuery } from '../../src/shared/query';

const INDEX = 'sections-upgrade';

const BODY =
  'Item 1A. Risk Factors\nOur tobacco sales may fall.\nItem 7. Management discussion\nRevenue grew on cigars.';
const cut = (from: string, to?: string) => BODY.slice(BODY.indexOf(from), to ? BODY.indexOf(to) : BODY.length);

function record(id: number, sections: boolean): FilingRecord {
  const none: string[] = [];
  return {
    id,
    key: `k${id}`,
    accession: null,
    form: '10-K',
    formCode: '10-K',
    year: 2020,
    filed: '2020-03-01',
    period: null,
    date: '2020-03-01',
    dateYear: '2020',
    dateMonth: '2020-03',
    company: 'Acme',
    companySort: 'acme',
    cik: null,
    names: ['acme'],
    ciks: none,
    states: none,
    sics: none,
    items: none,
    exhibits: none,
    paths: none,
    documents: [
      {
        id: id * 10,
        ord: 0,
        type: '10-K',
        head: '10-K',
        body: BODY,
        ...(sections
          ? {
              sections: [
                { code: '1A', title: 'risk factors', text: cut('Item 1A', 'Item 7') },
                { code: '7', title: 'management discussion', text: cut('Item 7') },
              ],
            }
          : {}),
      },
    ],
  };
}

describe('section: on OpenSearch (hand-made records)', () => {
  let client: Client;

  beforeAll(() => {
    client = new Client({ node: inject('opensearchUrl') });
  });

  /** The index as it was made before records carried sections (made afresh: the suite retries). */
  async function oldIndex() {
    await client.indices.delete({ index: INDEX }, { ignore: [404] });
    const old = indexDefinition() as {
      mappings: { properties: { documents: { properties: Record<string, unknown> } } };
    };
    delete old.mappings.properties.documents.properties.sections;
    await client.indices.create({ index: INDEX, body: old as never });
  }

  afterAll(async () => {
    await client?.indices.delete({ index: INDEX }, { ignore: [404] });
  });

  const ids = async (query: string) => {
    const res = await client.search({
      index: INDEX,
      body: { query: translateQuery(parseQuery(query).ast).query, docvalue_fields: ['id'], _source: false },
    });
    const hits = (res.body as unknown as { hits: { hits: { fields: { id: number[] } }[] } }).hits.hits;
    return hits.map((h) => h.fields.id[0]).sort();
  };

  it('takes records with sections once ensureIndex has put the mapping, and restricts text to the section', async () => {
    await oldIndex();
    await expect(client.index({ index: INDEX, id: '1', body: record(1, true) })).rejects.toThrow(
      /strict_dynamic_mapping/,
    );
    await ensureIndex(client, INDEX);
    await client.index({ index: INDEX, id: '1', body: record(1, true) });
    await client.index({ index: INDEX, id: '2', body: record(2, false) });
    await client.indices.refresh({ index: INDEX });
    expect(await ids('tobacco')).toEqual([1, 2]);
    expect(await ids('tobacco section:1A')).toEqual([1]);
    expect(await ids('tobacco section:7')).toEqual([]);
    expect(await ids('tobacco section:"risk"')).toEqual([1]);
    expect(await ids('tobacco cigars section:7')).toEqual([]); // every conjunct inside the section
    expect(await ids('(tobacco OR cigars) section:7')).toEqual([1]);
    expect(await ids('NEAR(sales cigars, 20) section:7')).toEqual([1]); // a NEAR member inside
    expect(await ids('section:7')).toEqual([1]);
    expect(await ids('-section:7')).toEqual([2]);
  });
});
