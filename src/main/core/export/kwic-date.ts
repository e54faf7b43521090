// The date of a KWIC row and what kind of date it is. Until the `date:` facts (another branch)
// land, a filing's date is its filed date, else its period of report; swap this one function
// when they do.
export type DateKind = 'filed' | 'period' | '';

export function rowDate(r: { filedDate: string | null; periodOfReport: string | null }): {
  date: string;
  dateKind: DateKind;
} {
  if (r.filedDate) return { date: r.filedDate, dateKind: 'filed' };
  if (r.periodOfReport) return { date: r.periodOfReport, dateKind: 'period' };
  return { date: '', dateKind: '' };
}
