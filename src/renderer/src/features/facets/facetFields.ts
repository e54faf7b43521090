import type { FacetName } from '../../../../shared/api/types';
import { FACET_FIELD, type FieldName } from '../../../../shared/query';

export interface FacetInfo {
  name: FacetName;
  title: string;
  /** The query field a click on this facet adds. */
  field: FieldName;
  /** Values shown before "more". */
  top: number;
}

export const FACETS: readonly FacetInfo[] = [
  { name: 'form', title: 'Form type', field: FACET_FIELD.form, top: 8 },
  // Years of the filing's date (filed, else date of report), as the timeline plots them.
  { name: 'year', title: 'Year', field: FACET_FIELD.year, top: 8 },
  { name: 'company', title: 'Company', field: FACET_FIELD.company, top: 8 },
  { name: 'state', title: 'State of incorporation', field: FACET_FIELD.state, top: 6 },
  { name: 'sic', title: 'SIC code', field: FACET_FIELD.sic, top: 6 },
  { name: 'item', title: '8-K item', field: FACET_FIELD.item, top: 8 },
  // Filings per section (10-K Item 7, 10-Q I.2, …) holding a hit of the query's text.
  { name: 'section', title: 'Section with a hit', field: FACET_FIELD.section, top: 8 },
];
