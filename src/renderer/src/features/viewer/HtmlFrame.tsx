import { memo, useMemo, type ReactNode } from 'react';
import { formattedLimit } from './html-limits';
import { toSafeDocument } from './sanitize';

/**
 * The document as its author laid it out, sanitised and inside a frame sandboxed with no
 * permissions at all: no script, no same-origin access, no navigation. HTML too large or
 * nested too deep to lay out quickly (html-limits.ts) shows `fallback` (the text) with a note.
 */
export const HtmlFrame = memo(function HtmlFrame({
  html,
  title,
  fallback,
}: {
  html: string;
  title: string;
  fallback: ReactNode;
}) {
  const limit = useMemo(() => formattedLimit(html), [html]);
  const srcDoc = useMemo(() => (limit.ok ? toSafeDocument(html) : null), [html, limit]);
  if (srcDoc === null) {
    return (
      <>
        <p className="viewer-note" role="note" data-testid="formatted-refused">
          {!limit.ok && limit.reason} Showing the text instead.
        </p>
        {fallback}
      </>
    );
  }
  return (
    <iframe
      className="html-frame"
      title={title}
      sandbox=""
      srcDoc={srcDoc}
      referrerPolicy="no-referrer"
      data-testid="html-frame"
    />
  );
});
