import type { RelatedFilings as Related, SearchResult } from '../../../../shared/api/types';
import { api } from '../../api/client';
import { ErrorState, Loading } from '../../components/states';
import { useAsync } from '../../hooks/useAsync';

interface Props {
  filingId: number;
  onOpen: (result: SearchResult) => void;
}

const GROUPS: [keyof Related, string][] = [
  ['amendments', 'Amendments'],
  ['sameFileNumber', 'Same file number'],
  ['sameCompany', 'Same company'],
];

/** Filings that belong with this one: amendments, the same file number, the same filer. */
export function RelatedFilings({ filingId, onOpen }: Props) {
  const { data, error } = useAsync(() => api['filing:related']({ id: filingId }), [filingId]);
  return (
    <section className="panel detail-card" aria-labelledby="related-title">
      <h3 id="related-title" className="card-title">
        Related filings
      </h3>
      {error ? (
        <ErrorState error={error} title="Could not load related filings" />
      ) : !data ? (
        <Loading />
      ) : GROUPS.every(([k]) => data[k].length === 0) ? (
        <p className="muted">No related filings in this archive.</p>
      ) : (
        GROUPS.filter(([k]) => data[k].length > 0).map(([k, title]) => (
          <div key={k} className="related-group">
            <h4 className="related-title">{title}</h4>
            <ul className="plain-list">
              {data[k].map((r) => (
                <li key={r.id}>
                  <button type="button" className="link-button" onClick={() => onOpen(r)}>
                    {r.formType ?? 'Filing'} · {r.filedDate ?? 'undated'}
                  </button>{' '}
                  <span className="muted">{r.companies[0]?.name ?? ''}</span>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
