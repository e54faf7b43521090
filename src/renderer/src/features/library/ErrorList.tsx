import { useState } from 'react';
import { reasonGroup } from '../../../../shared/api/file-errors';
import type { FileError, FileErrorKind } from '../../../../shared/api/types';
import { api } from '../../api/client';
import { Empty, ErrorState, Loading } from '../../components/states';
import { formatCount } from '../../components/format';
import { useAsync } from '../../hooks/useAsync';

const PAGE = 100;

const TEXT: Record<FileErrorKind, { none: string; noneBody: string; summary: (n: number) => string }> = {
  error: {
    none: 'No errors',
    noneBody: 'Every file that is a filing was read.',
    summary: (n) => `${formatCount(n)} ${n === 1 ? 'file' : 'files'} could not be read or parsed.`,
  },
  'not-a-filing': {
    none: 'Nothing skipped',
    noneBody: 'Every file in the folders is a filing.',
    summary: (n) =>
      `${formatCount(n)} ${n === 1 ? 'file is' : 'files are'} not a filing (EDGAR index files, READMEs, images…) and ${n === 1 ? 'was' : 'were'} skipped.`,
  },
};

/** Files of one kind that were not indexed, grouped by reason with a count per reason. */
export function ErrorList({ changeToken, kind }: { changeToken: number; kind: FileErrorKind }) {
  const [limit, setLimit] = useState(PAGE);
  const { data, error, loading } = useAsync(
    () => api['archive:errors']({ limit, offset: 0, kind }),
    [limit, changeToken, kind],
  );

  if (error) return <ErrorState error={error} title="Could not load the list" />;
  if (!data) return <Loading label="Loading…" />;
  const text = TEXT[kind];
  if (data.total === 0) return <Empty title={text.none}>{text.noneBody}</Empty>;
  // Rows come ordered by reason, so each group's rows are adjacent.
  const byGroup = new Map<string, FileError[]>();
  for (const e of data.errors) {
    const g = reasonGroup(e.reason);
    byGroup.set(g, [...(byGroup.get(g) ?? []), e]);
  }
  const counts = new Map((data.groups ?? []).map((g) => [g.reason, g.count]));
  return (
    <div data-testid={`file-list-${kind}`}>
      <p className="muted">{text.summary(data.total)}</p>
      {[...byGroup].map(([group, rows]) => (
        <section key={group} className="error-group" aria-label={group} data-group={group}>
          <h3 className="error-group-title">
            {kind === 'not-a-filing' ? `Skipped: ${group}` : group}{' '}
            <span className="badge">{formatCount(counts.get(group) ?? rows.length)}</span>
          </h3>
          <ul className="error-list">
            {rows.map((e) => (
              <li key={e.path}>
                <div className="mono error-path" title={e.path}>
                  {e.path}
                </div>
                {kind === 'error' && e.reason !== group && <div className="error-reason">{e.reason}</div>}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {data.errors.length < data.total && (
        <button type="button" className="btn btn-small" onClick={() => setLimit((l) => l + PAGE)} disabled={loading}>
          Show more
        </button>
      )}
    </div>
  );
}
