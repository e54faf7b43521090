import { useState } from 'react';
import type { FileError } from '../../../../shared/api/types';
import { api } from '../../api/client';
import { Empty, ErrorState, Loading } from '../../components/states';
import { formatCount } from '../../components/format';
import { useAsync } from '../../hooks/useAsync';

const PAGE = 100;

/** Files the indexer could not read, with the reason for each. */
export function ErrorList({ changeToken }: { changeToken: number }) {
  const [limit, setLimit] = useState(PAGE);
  const { data, error, loading } = useAsync(() => api['archive:errors']({ limit, offset: 0 }), [limit, changeToken]);

  if (error) return <ErrorState error={error} title="Could not load the error list" />;
  if (!data) return <Loading label="Loading errors…" />;
  if (data.total === 0) return <Empty title="No errors">Every file in the archive was read.</Empty>;
  return (
    <div>
      <p className="muted">
        {formatCount(data.total)} {data.total === 1 ? 'file' : 'files'} could not be indexed.
      </p>
      <ul className="error-list" data-testid="error-list">
        {data.errors.map((e: FileError) => (
          <li key={e.path}>
            <div className="mono error-path" title={e.path}>
              {e.path}
            </div>
            <div className="error-reason">{e.reason}</div>
          </li>
        ))}
      </ul>
      {data.errors.length < data.total && (
        <button type="button" className="btn btn-small" onClick={() => setLimit((l) => l + PAGE)} disabled={loading}>
          Show more
        </button>
      )}
    </div>
  );
}
