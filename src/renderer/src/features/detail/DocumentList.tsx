import type { DocumentSummary, FilingDetail } from '../../../../shared/api/types';
import { formatCount } from '../../components/format';

interface Props {
  filing: FilingDetail;
  selected: number | null;
  onSelect: (docId: number) => void;
}

function label(doc: DocumentSummary): string {
  return doc.description || doc.filename || doc.type || `Document ${doc.sequence ?? doc.id}`;
}

/** The filing's documents and exhibits; choosing one shows it in the viewer. */
export function DocumentList({ filing, selected, onSelect }: Props) {
  // Exhibits the header lists without a document of their own (e.g. filed on paper).
  const unlisted = filing.exhibits.filter((e) => !filing.documents.some((d) => d.type === `EX-${e.number}`));
  return (
    <section className="panel detail-card" aria-labelledby="docs-title">
      <h3 id="docs-title" className="card-title">
        Documents and exhibits <span className="badge">{filing.documents.length}</span>
      </h3>
      {filing.documents.length === 0 && <p className="muted">This filing holds no documents.</p>}
      <ul className="doc-list" role="listbox" aria-label="Documents">
        {filing.documents.map((doc) => (
          <li key={doc.id} role="option" aria-selected={doc.id === selected}>
            <button
              type="button"
              className={`doc-item${doc.id === selected ? ' doc-item-selected' : ''}`}
              onClick={() => onSelect(doc.id)}
            >
              <span className="doc-type mono">{doc.type ?? '—'}</span>
              <span className="doc-label">{label(doc)}</span>
              <span className="doc-meta muted">
                {doc.format}
                {doc.textChars > 0 && ` · ${formatCount(doc.textChars)} chars`}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {unlisted.length > 0 && (
        <ul className="plain-list muted">
          {unlisted.map((e) => (
            <li key={e.number}>
              Exhibit {e.number}
              {e.description ? `: ${e.description}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
