import type { Migration } from '../migrate';
import { m001Initial } from './001-initial';
import { m002FtsHashsize } from './002-fts-hashsize';
import { m003DocumentsTextChars } from './003-documents-text-chars';
import { m004FilingDate } from './004-filing-date';
import { m005OpensearchSync } from './005-opensearch-sync';
import { m006Sections } from './006-sections';
import { m007FileSourceRank } from './007-file-source-rank';
import { m008CompaniesFilingOrd } from './008-companies-filing-ord';
import { m009CatalogIndexes } from './009-catalog-indexes';
import { m010SearchCatalog } from './010-search-catalog';
import { m011SearchRanked } from './011-search-ranked';
import { m012SearchMatched } from './012-search-matched';
import { m013FtsAutomerge } from './013-fts-automerge';
import { m014SearchAsked } from './014-search-asked';

/** Every schema migration, in order. Append; never edit one that has shipped. */
export const migrations: readonly Migration[] = [
  m001Initial,
  m002FtsHashsize,
  m003DocumentsTextChars,
  m004FilingDate,
  m005OpensearchSync,
  m006Sections,
  m007FileSourceRank,
  m008CompaniesFilingOrd,
  m009CatalogIndexes,
  m010SearchCatalog,
  m011SearchRanked,
  m012SearchMatched,
  m013FtsAutomerge,
  m014SearchAsked,
];
