import { memo, useMemo } from 'react';
import { toSafeDocument } from './sanitize';

/**
 * The document as its author laid it out, sanitised and inside a frame sandboxed with no
 * permissions at all: no script, no same-origin access, no navigation.
 */
export const HtmlFrame = memo(function HtmlFrame({ html, title }: { html: string; title: string }) {
  const srcDoc = useMemo(() => toSafeDocument(html), [html]);
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
