import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ErrorState, Loading } from '../../components/states';
import { formatCount } from '../../components/format';
import { DocumentPart } from './DocumentPart';
import { HitNavigator } from './HitNavigator';
import { HtmlFrame } from './HtmlFrame';
import { sectionAt, sectionName, type DocSection } from './sections';
import { SectionOutline } from './SectionOutline';
import { offsetTop } from './textOffsets';
import { LoadMore } from './LoadMore';
import { TextView } from './TextView';
import { useDocumentPart } from './useDocumentPart';
import { useCurrentSection } from './useCurrentSection';

interface Props {
  docId: number;
  /** The search that led here: its hits are marked. */
  query: string;
  title: string;
}

type Mode = 'text' | 'html';

/** +1, -1 or 0: F3 / n next hit, Shift+F3 / p previous (n and p not while typing in a field). */
function hitStep(e: React.KeyboardEvent): number {
  if (e.key === 'F3') return e.shiftKey ? -1 : 1;
  const typing = e.target instanceof HTMLElement && ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.target.tagName);
  if (typing) return 0;
  if (e.key === 'n') return 1;
  if (e.key === 'p') return -1;
  return 0;
}

/** One document: text with hit navigation, or the original HTML in a sandbox. */
export function DocumentViewer({ docId, query, title }: Props) {
  // A long document comes in parts (DocumentPart); this is where the shown part starts. A
  // part is loaded a step at a time: the first paint lays out a few hundred KB at most.
  const [textOffset, setTextOffset] = useState(0);
  const { doc, error, more, moreHits, hasMore } = useDocumentPart(docId, query, textOffset);
  // Hit offsets are into the whole text; the text view shows this part only.
  const hits = useMemo(
    () =>
      doc && doc.textOffset > 0
        ? doc.hits.map(([s, e]): [number, number] => [s - doc.textOffset, e - doc.textOffset])
        : (doc?.hits ?? []),
    [doc],
  );
  // The same hits, for the formatted view to mark in the HTML.
  const marks = useMemo(() => ({ text: doc?.text ?? '', hits, partial: (doc?.textOffset ?? 0) > 0 }), [doc, hits]);
  const [modeChoice, setMode] = useState<Mode | null>(null);
  const [picked, setCurrent] = useState<number | null | undefined>(undefined);
  // A document opens on its first hit, as text when there are hits, else as laid out.
  const current = picked === undefined ? (doc && doc.hits.length > 0 ? 0 : null) : picked;
  const mode = modeChoice ?? (doc && doc.hits.length === 0 && doc.html ? 'html' : 'text');
  // The rest of the part at once where steps would not do: the formatted view marks the
  // hits of the whole part, and a part whose first hit lies past its first step opens on it.
  const hitsAhead = doc ? doc.hits.length === 0 && doc.hitTotal > doc.hitsBefore : false;
  useEffect(() => {
    if (hasMore && (mode === 'html' || hitsAhead)) void more(true);
  }, [hasMore, mode, hitsAhead, more]);

  // Opened from the results (Enter or a click), the document takes the keyboard: n/p and
  // F3/Shift+F3 step through hits at once, Esc goes back.
  const body = useRef<HTMLDivElement>(null);
  const ready = Boolean(doc);
  useEffect(() => {
    if (ready) body.current?.focus({ preventScroll: true });
  }, [ready]);

  // Sections (Items): the outline jumps to one, possibly in another part of a long document.
  const sections = useMemo(() => doc?.sections ?? [], [doc]);
  const jump = useRef<number | null>(null);
  const partEnd = doc ? doc.textOffset + doc.text.length : 0;
  const reading = useCurrentSection(body, sections, doc?.textOffset ?? 0, partEnd, mode === 'text');
  /** Scrolls to the pending jump when the part holding it is shown as text; true when done. */
  const scrollToJump = useCallback(() => {
    const el = body.current;
    const view = el?.querySelector<HTMLElement>('[data-testid="text-view"]');
    const at = jump.current;
    if (at === null || !doc || !el || !view || at < doc.textOffset || at >= partEnd) return false;
    const top = offsetTop(view, el, at - doc.textOffset);
    if (top !== null) el.scrollTop += top - 8;
    jump.current = null;
    return true;
  }, [doc, partEnd]);
  const jumpTo = (s: DocSection) => {
    jump.current = s.start;
    if (mode === 'text' && scrollToJump()) return;
    setMode('text');
    if (doc && (s.start < doc.textOffset || s.start >= partEnd)) {
      setCurrent(undefined);
      setTextOffset(s.start);
    }
  };
  // After switching to text or loading the part that holds the section.
  useEffect(() => void scrollToJump(), [scrollToJump, mode]);
  const hitSection = doc && current !== null && doc.hits[current] ? sectionAt(sections, doc.hits[current][0]) : null;

  /** Shows hit `index`; stepping on from the last hit loaded loads the part's next steps first. */
  const goToHit = (index: number) => {
    const n = doc?.hits.length ?? 0;
    if (index === 0 && current === n - 1 && hasMore && doc?.hitsComplete) {
      void moreHits(n).then((part) => setCurrent(part && part.hits.length > n ? n : 0));
      return;
    }
    setCurrent(index);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!doc || doc.hits.length === 0 || e.ctrlKey || e.metaKey || e.altKey) return;
    const step = hitStep(e);
    if (step === 0) return;
    e.preventDefault();
    const n = doc.hits.length;
    goToHit(((current ?? -1) + step + n) % n);
  };

  if (error) return <ErrorState error={error} title="Could not open this document" />;
  if (!doc) return <Loading label="Opening document…" />;
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
        <span className="muted viewer-chars">{formatCount(doc.textChars)} characters</span>
        <span className="spacer" />
        {hitSection && (
          <span className="hit-section muted" data-testid="hit-section" title={hitSection.title}>
            in {sectionName(hitSection.code)}
          </span>
        )}
        <HitNavigator count={doc.hits.length} current={current} onChange={goToHit} />
      </div>
      <div className="viewer-main">
        {sections.length > 0 && <SectionOutline sections={sections} current={reading} onJump={jumpTo} />}
        <div ref={body} className="viewer-body" tabIndex={0} aria-label="Document content" data-testid="viewer-body">
          {mode === 'html' && doc.html ? (
            <HtmlFrame
              html={doc.html}
              title={title}
              marks={marks}
              current={current}
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
              {hasMore && <LoadMore scroller={body} onNear={() => void more()} />}
            </>
          )}
        </div>
      </div>
    </section>
  );
}
