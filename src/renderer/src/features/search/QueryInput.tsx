import { type Ref, useMemo, useRef } from 'react';
import { highlightQuery } from '../../../../shared/query';
import { highlightSegments } from './highlightSegments';

interface Props extends Omit<React.InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: string;
  onChange: (value: string, caret: number) => void;
  /** Position of a syntax error to underline, from the parser or the core. */
  errorAt: number | null;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A text input with the query drawn underneath it in colour: the input's own text is
 * transparent, so the caret and selection stay native while tokens and the error show.
 */
export function QueryInput({ value, onChange, errorAt, ref, ...rest }: Props) {
  const mirror = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => highlightSegments(value, highlightQuery(value).tokens, errorAt), [value, errorAt]);
  const syncScroll = (e: React.SyntheticEvent<HTMLInputElement>) => {
    if (mirror.current) mirror.current.scrollLeft = e.currentTarget.scrollLeft;
  };

  return (
    <div className="query-box">
      <div ref={mirror} className="query-mirror" aria-hidden="true">
        {segments.map((s, i) => (
          <span key={i} className={`q-${s.kind}${s.error ? ' q-error' : ''}`}>
            {s.text}
          </span>
        ))}
      </div>
      <input
        {...rest}
        ref={ref}
        type="text"
        className="query-input"
        value={value}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={errorAt !== null}
        onChange={(e) => onChange(e.target.value, e.target.selectionStart ?? e.target.value.length)}
        onScroll={syncScroll}
        onSelect={syncScroll}
      />
    </div>
  );
}
