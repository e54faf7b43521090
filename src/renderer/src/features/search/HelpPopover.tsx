import { useRef } from 'react';
import { useDismiss } from '../../hooks/useDismiss';
import { QUERY_FIELDS } from '../../../../shared/query';

const EXAMPLES: [string, string][] = [
  ['merger agreement', 'both words, anywhere'],
  ['"definitive agreement"', 'the exact phrase'],
  ['merger OR acquisition', 'either word'],
  ['bank -mortgage', 'without a word (or NOT mortgage)'],
  ['acqui*', 'words starting with acqui'],
  ['NEAR(merger bank, 5)', 'within 5 words of each other'],
  ['form:8-K item:2.02', '8-K filings reporting results'],
  ['form:10-K* filed:2004', '10-K family filed in 2004'],
  ['company:"washington mutual" filed:2004-01..2004-06', 'a company in the first half of 2004'],
  ['date:2004-03', 'dated March 2004: filed, else (no header) the date of report'],
];

interface Props {
  open: boolean;
  onClose: () => void;
  onUse: (query: string) => void;
}

/** The query language at a glance; clicking an example runs it. */
export function HelpPopover({ open, onClose, onUse }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useDismiss(ref, open, onClose);
  if (!open) return null;
  return (
    <div ref={ref} className="popover help-popover" role="dialog" aria-label="Search help">
      <h3>Search syntax</h3>
      <ul className="help-examples">
        {EXAMPLES.map(([q, what]) => (
          <li key={q}>
            <button type="button" className="help-example mono" onClick={() => onUse(q)}>
              {q}
            </button>
            <span className="muted">{what}</span>
          </li>
        ))}
      </ul>
      <h3>Fields</h3>
      <dl className="help-fields">
        {QUERY_FIELDS.map((f) => (
          <div key={f.name}>
            <dt className="mono">{f.example}</dt>
            <dd className="muted">{f.description}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small">
        Press <kbd>/</kbd> to jump to the search box, <kbd>Esc</kbd> to clear it.
      </p>
    </div>
  );
}
