import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import { ErrorState, Loading } from '../../components/states';
import { formatCount } from '../../components/format';
import { useAsync } from '../../hooks/useAsync';
import { DocumentPart } from './DocumentPart';
import { HitNavigator } from './HitNavigator';
import { HtmlFrame } from './HtmlFrame';
import { TextView } from './TextView';

interface Props {
  docId: number;
  /** The search that led here: its hits are marked. */
  query: string;
  title: string;
}

type Mode = 'text' | 'html';

/** One document: text with hit navigation, or the original HTML in a sandbox. */
export function DocumentViewer({ docId, query, title }: Props) {
  // A long document comes in parts (DocumentPart); this is where the shown part starts.
  const [textOffset, setTextOffset] = useState(0);
  const {
    data: doc,
    error,
    loading,
  } = useAsync(
    () => api['filing:document']({ docId, query: query || undefined, textOffset: textOffset || undefined }),
    [docId, query, textOffset],
  );
  // Hit offsets are into the whole text; the text view shows this part only.
  const hits = useMemo(
    () =>
      doc && doc.textOffset > 0
        ? doc.hits.map(([s, e]): [number, number] => [s - doc.textOffset, e - doc.textOffset])
        : (doc?.hits ?? []),
    [doc],
  );
  const [modeChoice, setMode] = useState<Mode | null>(null);
  const [picked, setCurrent] = useState<number | null | undefined>(undefined);
  // A document opens on its first hit, as text when there are hits, else as laid out.
  const current = picked === undefined ? (doc && doc.hits.length > 0 ? 0 : null) : picked;
  const mode = modeChoice ?? (doc && doc.hits.length === 0 && doc.html ? 'html' : 'text');

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!doc || doc.hits.length === 0 || e.key !== 'F3') return;
    e.preventDefault();
    const n = doc.hits.length;
    setCurrent(((current ?? -1) + (e.shiftKey ? -1 : 1) + n) % n);
  };

  if (error) return <ErrorState error={error} title="Could not open this document" />;
  if (loading || !doc) return <Loading label="Opening document…" />;
  return (
    <section className="viewer" aria-label={`Document: ${title}`} onKeyDown={onKeyDown}>
      <div className="viewer-toolbar">
        <div className="segmented" role="group" aria-label="View as">
          <button type="button" aria-pressed={mode === 'text'} onClick={() => setMode('text')}>
            Text
          </button>
          <button type="button" aria-pressed={mode === 'html'} onClick={() => setMode('html')} disabled={!doc.html}>
            Formatted
          </button>
        </div>
        <span className="muted">{formatCount(doc.textChars)} characters</span>
        <span className="spacer" />
        {mode === 'text' && <HitNavigator count={doc.hits.length} current={current} onChange={setCurrent} />}
        {mode === 'html' && doc.hits.length > 0 && <span className="muted">Switch to Text to step through hits</span>}
      </div>
      <div className="viewer-body" tabIndex={0} aria-label="Document content">
        {mode === 'html' && doc.html ? (
          <HtmlFrame
            html={doc.html}
            title={title}
            fallback={<TextView text={doc.text} hits={hits} current={current} />}
          />
        ) : (
          <>
            <DocumentPart
              doc={doc}
              onMove={(offset) => {
                setCurrent(undefined);
                setTextOffset(offset);
              }}
            />
            <TextView text={doc.text} hits={hits} current={current} />
          </>
        )}
      </div>
    </section>
  );
}
