import type { SearchResult } from '../../../../shared/api/types';
import { api } from '../../api/client';
import { ErrorState, Loading } from '../../components/states';
import { useAsync } from '../../hooks/useAsync';

interface Props {
  filingId: number;
  /** This filing's form: says whether the amendment family holds its amendments or its original. */
  formType: string | null;
  onOpen: (result: SearchResult) => void;
}

type ListKey = 'amendments' | 'sameFileNumber' | 'sameCompany';

const isAmendment = (form: string | null) => /\/A$/i.test(form ?? '');

function groups(formType: string | null): [ListKey, string, string][] {
  return [
    isAmendment(formType)
      ? ['amendments', 'Original and other amendments', 'The filing this one amends and its other amendments']
      : [
          'amendments',
          'Amendments of this filing',
          `${formType ?? 'Filing'}/A of the same company, file number and period`,
        ],
    ['sameFileNumber', 'Same file number', 'Filings under the same SEC file number'],
    ['sameCompany', 'Same company', 'Filings of the same CIK'],
  ];
}

function FilingLink({ r, onOpen }: { r: SearchResult; onOpen: (r: SearchResult) => void }) {
  return (
    <>
      <button type="button" className="link-button" onClick={() => onOpen(r)}>
        {r.formType ?? 'Filing'} · {r.date ?? r.filedDate ?? 'undated'}
      </button>{' '}
      <span className="muted">{r.companies[0]?.name ?? ''}</span>
    </>
  );
}

/**
 * Filings that belong with this one: the previous and next filing of its company and form,
 * its amendment family, the same file number, the same filer.
 */
export function RelatedFilings({ filingId, formType, onOpen }: Props) {
  const { data, error } = useAsync(() => api['filing:related']({ id: filingId }), [filingId]);
  const lists = groups(formType).filter(([k]) => (data?.[k].length ?? 0) > 0);
  const steps = data
    ? (
        [
          ['previous', 'Previous'],
          ['next', 'Next'],
        ] as const
      ).filter(([k]) => data[k])
    : [];
  return (
    <section className="panel detail-card" aria-labelledby="related-title" data-testid="related-filings">
      <h3 id="related-title" className="card-title">
        Related filings
      </h3>
      {error ? (
        <ErrorState error={error} title="Could not load related filings" />
      ) : !data ? (
        <Loading />
      ) : lists.length === 0 && steps.length === 0 ? (
        <p className="muted">No related filings in this archive.</p>
      ) : (
        <>
          {steps.length > 0 && (
            <ul className="plain-list related-steps" aria-label={`${formType ?? 'Filings'} of this company in order`}>
              {steps.map(([k, label]) => (
                <li key={k} data-testid={`related-${k}`}>
                  <span className="related-step">{label}</span>
                  <span>
                    <FilingLink r={data[k]!} onOpen={onOpen} />
                  </span>
                </li>
              ))}
            </ul>
          )}
          {lists.map(([k, title, hint]) => (
            <div key={k} className="related-group" data-testid={`related-${k}`}>
              <h4 className="related-title" title={hint}>
                {title}
              </h4>
              <ul className="plain-list">
                {data[k].map((r) => (
                  <li key={r.id}>
                    <FilingLink r={r} onOpen={onOpen} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
