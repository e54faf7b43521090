import { useState } from 'react';
import type { CompanySummary } from '../../../../shared/api/types';
import { api } from '../../api/client';
import { Empty, ErrorState, Loading } from '../../components/states';
import { formatCount, shortCik } from '../../components/format';
import { useAsync } from '../../hooks/useAsync';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';

const PAGE = 200;

/** Every company in the archive with its filing count and former names. */
export function CompanyBrowser({
  onPick,
  changeToken,
}: {
  onPick: (company: CompanySummary) => void;
  changeToken: number;
}) {
  const [prefix, setPrefix] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const settled = useDebouncedValue(prefix.trim(), 150);
  const { data, error, loading } = useAsync(
    () => api['browse:companies']({ prefix: settled || undefined, limit, offset: 0 }),
    [settled, limit, changeToken],
  );

  return (
    <div className="browse-pane">
      <div className="browse-filter">
        <input
          type="search"
          placeholder="Filter companies by name…"
          aria-label="Filter companies by name"
          value={prefix}
          onChange={(e) => {
            setPrefix(e.target.value);
            setLimit(PAGE);
          }}
        />
        {data && <span className="muted">{formatCount(data.total)} companies</span>}
      </div>
      {error ? (
        <ErrorState error={error} title="Could not list companies" />
      ) : !data ? (
        <Loading label="Loading companies…" />
      ) : data.companies.length === 0 ? (
        <Empty title="No companies">
          {settled ? `No company name starts with “${settled}”.` : 'The archive is empty.'}
        </Empty>
      ) : (
        <>
          <table className="browse-table" data-testid="company-list">
            <thead>
              <tr>
                <th scope="col">Company</th>
                <th scope="col">CIK</th>
                <th scope="col">State</th>
                <th scope="col">SIC</th>
                <th scope="col" className="num">
                  Filings
                </th>
              </tr>
            </thead>
            <tbody>
              {data.companies.map((c) => (
                <tr key={`${c.cik ?? ''}:${c.name}`}>
                  <td>
                    <button type="button" className="link-button" onClick={() => onPick(c)}>
                      {c.name}
                    </button>
                    {c.formerNames.length > 0 && <div className="muted small">formerly {c.formerNames.join('; ')}</div>}
                  </td>
                  <td className="mono">{shortCik(c.cik)}</td>
                  <td>{c.state ?? ''}</td>
                  <td className="mono">{c.sic ?? ''}</td>
                  <td className="num">{formatCount(c.filings)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.companies.length < data.total && (
            <button
              type="button"
              className="btn btn-small load-more"
              onClick={() => setLimit((l) => l + PAGE)}
              disabled={loading}
            >
              Show more
            </button>
          )}
        </>
      )}
    </div>
  );
}
