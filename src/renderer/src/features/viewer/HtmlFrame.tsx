import { memo, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { formatCount } from '../../components/format';
import { formattedLimit } from './html-limits';
import { hitAnchor } from './mark-hits';
import { toSafeDocumentWithHits, type FrameHits } from './sanitize';

/**
 * The document as its author laid it out, sanitised and inside a frame sandboxed with no
 * permissions at all: no script, no same-origin access, no navigation. HTML too large or
 * nested too deep to lay out quickly (html-limits.ts) shows `fallback` (the text) with a note.
 * The hits are marked in the HTML before it goes in; the current one is shown by moving the
 * frame to its fragment (about:srcdoc#edgar-hit-N: the frame scrolls, nothing loads).
 */
export const HtmlFrame = memo(function HtmlFrame({
  html,
  title,
  fallback,
  marks,
  current,
}: {
  html: string;
  title: string;
  fallback: ReactNode;
  marks: FrameHits;
  /** Index into `marks.hits` of the hit to show, or null. */
  current: number | null;
}) {
  const limit = useMemo(() => formattedLimit(html), [html]);
  const frameDoc = useMemo(() => (limit.ok ? toSafeDocumentWithHits(html, marks) : null), [html, limit, marks]);
  const frame = useRef<HTMLIFrameElement>(null);
  // The fragment can move only once the srcdoc has loaded (moving earlier would stop the load).
  const [loaded, setLoaded] = useState<string | null>(null);
  useEffect(() => {
    if (current === null || frameDoc === null || loaded !== frameDoc.srcDoc) return;
    frame.current?.contentWindow?.location.replace(`about:srcdoc#${hitAnchor(current)}`);
  }, [current, frameDoc, loaded]);

  if (frameDoc === null) {
    return (
      <>
        <p className="viewer-note" role="note" data-testid="formatted-refused">
          {!limit.ok && limit.reason} Showing the text instead.
        </p>
        {fallback}
      </>
    );
  }
  const missing = marks.hits.length - frameDoc.placed;
  return (
    <>
      {missing > 0 && (
        <p className="viewer-note" role="note" data-testid="hits-not-placed">
          {formatCount(missing)} of {formatCount(marks.hits.length)} hits could not be found in the formatted layout;
          the Text view shows every hit.
        </p>
      )}
      <iframe
        ref={frame}
        className="html-frame"
        title={title}
        sandbox=""
        srcDoc={frameDoc.srcDoc}
        referrerPolicy="no-referrer"
        data-testid="html-frame"
        onLoad={() => setLoaded(frameDoc.srcDoc)}
      />
    </>
  );
});
