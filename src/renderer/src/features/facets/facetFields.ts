import type { FacetName } from '../../../../shared/api/types';
import type { FieldName } from '../../../../shared/query';

export interface FacetInfo {
  name: FacetName;
  title: string;
  /** The query field a click on this facet adds. */
  field: FieldName;
  /** Values shown before "more". */
  top: number;
}

export const FACETS: readonly FacetInfo[] = [
  { name: 'form', title: 'Form type', field: 'form', top: 8 },
  // Years of the filing's date (filed, else date of report), as the timeline plots them.
  { name: 'year', title: 'Year', field: 'date', top: 8 },
  { name: 'company', title: 'Company', field: 'company', top: 8 },
  { name: 'state', title: 'State of incorporation', field: 'state', top: 6 },
  { name: 'sic', title: 'SIC code', field: 'sic', top: 6 },
  { name: 'item', title: '8-K item', field: 'item', top: 8 },
  // Filings per section (10-K Item 7, 10-Q I.2, …) holding a hit of the query's text.
  { name: 'section', title: 'Section with a hit', field: 'section', top: 8 },
];
