import type { Migration } from '../migrate';

// Every filing gets one date to sort, facet, plot and filter by: the filed date, else the
// date of report or period (date_kind 'filed' | 'report'). Header-less documents state no
// filed date; without this they fell out of the timeline, the year facet and date filters.
// Existing rows are backfilled from the columns the date is made of.
export const m004FilingDate: Migration = {
  version: 4,
  name: 'filing-date',
  sql: `
    ALTER TABLE filings ADD COLUMN date TEXT;
    ALTER TABLE filings ADD COLUMN date_kind TEXT;
    UPDATE filings SET
      date = coalesce(filed_date, period),
      date_kind = CASE WHEN filed_date IS NOT NULL THEN 'filed' WHEN period IS NOT NULL THEN 'report' END;
    CREATE INDEX filings_date ON filings(date);
  `,
};
