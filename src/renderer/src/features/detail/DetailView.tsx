import { useState } from 'react';
import type { FilingDetail, SearchResult } from '../../../../shared/api/types';
import { api } from '../../api/client';
import { errorMessage } from '../../components/errors';
import { ErrorState, Loading } from '../../components/states';
import { useAsync } from '../../hooks/useAsync';
import { DocumentViewer } from '../viewer/DocumentViewer';
import { DocumentList } from './DocumentList';
import { MetadataCard } from './MetadataCard';
import { RelatedFilings } from './RelatedFilings';

export interface OpenFiling {
  id: number;
  /** The document the search hit was in; the viewer starts there. */
  docId: number | null;
}

interface Props {
  open: OpenFiling;
  query: string;
  onClose: () => void;
  onOpen: (result: SearchResult) => void;
}

function firstReadable(filing: FilingDetail): number | null {
  return (filing.documents.find((d) => d.textChars > 0) ?? filing.documents[0])?.id ?? null;
}

function titleOf(filing: FilingDetail): string {
  const company = filing.companies.find((c) => c.name)?.name ?? 'Unknown company';
  return `${filing.formType ?? 'Filing'} · ${company}`;
}

/** One filing: its facts, documents and related filings beside a document viewer. */
export function DetailView({ open, query, onClose, onOpen }: Props) {
  const { data: filing, error } = useAsync(() => api['filing:get']({ id: open.id }), [open.id]);
  // The document the user picked; until then the search hit's document, or the first readable one.
  const [picked, setPicked] = useState<number | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  const docId =
    picked ??
    (filing
      ? open.docId !== null && filing.documents.some((d) => d.id === open.docId)
        ? open.docId
        : firstReadable(filing)
      : null);

  const fileAction = (channel: 'filing:openFile' | 'filing:revealFile') => {
    const path = filing?.paths[0];
    if (!path) return;
    setFileError(null);
    api[channel]({ path }).catch((e: unknown) => setFileError(errorMessage(e)));
  };

  return (
    <div className="detail" role="region" aria-label="Filing detail" data-testid="detail">
      <header className="detail-head">
        <button type="button" className="btn btn-small" onClick={onClose}>
          ← Back to results
        </button>
        <h2 className="detail-title">{filing ? titleOf(filing) : 'Filing'}</h2>
        {filing && <span className="muted">{filing.filedDate ?? ''}</span>}
        <span className="spacer" />
        <button
          type="button"
          className="btn btn-small"
          onClick={() => fileAction('filing:openFile')}
          disabled={!filing?.paths.length}
        >
          Open original
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => fileAction('filing:revealFile')}
          disabled={!filing?.paths.length}
        >
          Reveal in folder
        </button>
      </header>
      {fileError && (
        <p role="alert" className="text-danger detail-alert">
          {fileError}
        </p>
      )}
      {error ? (
        <ErrorState error={error} title="Could not open this filing" />
      ) : !filing ? (
        <Loading label="Opening filing…" />
      ) : (
        <div className="detail-body">
          <aside className="detail-side">
            <MetadataCard filing={filing} />
            <DocumentList filing={filing} selected={docId} onSelect={setPicked} />
            <RelatedFilings filingId={filing.id} formType={filing.formType} onOpen={onOpen} />
            {filing.paths.length > 0 && (
              <section className="panel detail-card">
                <h3 className="card-title">Files</h3>
                <ul className="plain-list mono small">
                  {filing.paths.map((p) => (
                    <li key={p} className="path" title={p}>
                      {p}
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </aside>
          <div className="detail-main">
            {docId === null ? (
              <div className="state">This filing has no documents to show.</div>
            ) : (
              <DocumentViewer key={docId} docId={docId} query={query} title={titleOf(filing)} />
            )}
          </div>
        </div>
      )}
    </div>
  );
}
