import { DOCUMENT_TEXT_PAGE, type DocumentView } from '../../../../shared/api/types';
import { formatCount } from '../../components/format';

/**
 * Where this part of a long document sits, and the way to the next or previous one: a
 * document's part holds at most DOCUMENT_TEXT_PAGE characters and DOCUMENT_HIT_PAGE hits, loaded
 * in steps as the reader scrolls (useDocumentPart).
 */
export function DocumentPart({ doc, onMove }: { doc: DocumentView; onMove: (textOffset: number) => void }) {
  const end = doc.textOffset + doc.text.length;
  const partial = doc.textOffset > 0 || end < doc.textChars;
  const hitsCut = doc.hitTotal > doc.hits.length || doc.hitTotalCapped === true;
  if (!partial && !hitsCut) return null;
  return (
    <p className="viewer-note" role="note" data-testid="document-part">
      {partial && (
        <>
          Characters {formatCount(doc.textOffset + 1)}–{formatCount(end)} of {formatCount(doc.textChars)}.{' '}
        </>
      )}
      {hitsCut && (
        <>
          Hits {formatCount(doc.hitsBefore + (doc.hits.length ? 1 : 0))}–{formatCount(doc.hitsBefore + doc.hits.length)}{' '}
          of {doc.hitTotalCapped ? 'at least ' : ''}
          {formatCount(doc.hitTotal)} shown here.{' '}
        </>
      )}
      {doc.textOffset > 0 && (
        <button
          type="button"
          className="link-button"
          onClick={() => onMove(Math.max(0, doc.textOffset - DOCUMENT_TEXT_PAGE))}
        >
          Previous part
        </button>
      )}{' '}
      {end < doc.textChars && (
        <button type="button" className="link-button" onClick={() => onMove(end)}>
          Next part
        </button>
      )}
    </p>
  );
}
