import type { ExportColumn } from '../../../../shared/api/types';

export const EXPORT_COLUMN_LABEL: Record<ExportColumn, string> = {
  accessionNumber: 'Accession number',
  formType: 'Form type',
  filedDate: 'Filed date',
  periodOfReport: 'Period of report',
  companyName: 'Company name(s)',
  cik: 'CIK(s)',
  role: 'Role',
  sic: 'SIC',
  state: 'State',
  fileNumber: 'File number',
  items: 'Items',
  documentCount: 'Document count',
  path: 'Path(s)',
  score: 'Score',
  snippet: 'Snippet (text)',
  date: 'Date (filed, else report)',
  dateKind: 'Date kind (filed or report)',
};
