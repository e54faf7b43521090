import { type RefObject, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { parseQuery } from '../../../../shared/query';
import { HelpPopover } from './HelpPopover';
import { QueryInput } from './QueryInput';
import { type ListItem, SuggestionList } from './SuggestionList';
import { useAutocomplete } from './useAutocomplete';
import type { SearchHistory } from './useSearchHistory';

interface Props {
  text: string;
  onText: (text: string) => void;
  /** Enter: run the query now rather than after the debounce. */
  onSubmit: (text: string) => void;
  history: SearchHistory;
  inputRef: RefObject<HTMLInputElement | null>;
  /** ArrowDown with no suggestion to step to: move on (into the results); false if there is nowhere to go. */
  onLeaveDown?: () => boolean;
}

interface Entry extends ListItem {
  apply: () => void;
}

/** The query box: highlighting, inline errors, autocomplete, history and help. */
export function SearchBar({ text, onText, onSubmit, history, inputRef, onLeaveDown }: Props) {
  const [caret, setCaret] = useState<number | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [helpOpen, setHelpOpen] = useState(false);
  const pendingCaret = useRef<number | null>(null);

  // The core uses the same parser, so checking here catches every syntax error as it is typed.
  const error = useMemo(() => parseQuery(text).errors[0] ?? null, [text]);
  const completions = useAutocomplete(text, open ? caret : null);

  useLayoutEffect(() => {
    if (pendingCaret.current === null || !inputRef.current) return;
    inputRef.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    setCaret(pendingCaret.current);
    pendingCaret.current = null;
  }, [text, inputRef]);

  const setQuery = (next: string, nextCaret = next.length) => {
    pendingCaret.current = nextCaret;
    onText(next);
    setActive(-1);
  };

  const entries: Entry[] = useMemo(() => {
    if (completions.length > 0) return completions.map((c) => ({ ...c, apply: () => setQuery(c.text, c.caret) }));
    if (text.trim() !== '') return [];
    const run = (q: string) => () => {
      setQuery(q);
      onSubmit(q);
      setOpen(false);
    };
    return [
      ...history.saved.map((q) => ({
        key: `saved:${q}`,
        label: q,
        group: 'Saved searches',
        apply: run(q),
        onRemove: () => history.unsave(q),
      })),
      ...history.recent.map((q) => ({ key: `recent:${q}`, label: q, group: 'Recent searches', apply: run(q) })),
    ];
    // setQuery and run only close over stable setters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [completions, text, history]);

  const showList = open && entries.length > 0;

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      // With no list open (or past its last entry), ArrowDown goes on into the results.
      if (e.key === 'ArrowDown' && (!showList || active === entries.length - 1) && onLeaveDown?.()) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
        return;
      }
      if (!showList) return setOpen(true);
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      // -1 is the input itself; the list wraps around through it.
      setActive((a) => (a + step < -1 ? entries.length - 1 : a + step >= entries.length ? -1 : a + step));
      return;
    }
    if ((e.key === 'Enter' || e.key === 'Tab') && showList && active >= 0 && active < entries.length) {
      e.preventDefault();
      entries[active].apply();
      return;
    }
    if (e.key === 'Enter') {
      e.preventDefault();
      setOpen(false);
      onSubmit(text);
      history.remember(text);
      return;
    }
    if (e.key === 'Escape') {
      e.preventDefault();
      if (showList) setOpen(false);
      else if (text) setQuery('');
      else e.currentTarget.blur();
    }
  };

  return (
    <div className="search-bar">
      <div className={`search-field${error ? ' search-field-error' : ''}`}>
        <span className="search-icon" aria-hidden="true">
          ⌕
        </span>
        <QueryInput
          ref={inputRef}
          value={text}
          errorAt={error?.position ?? null}
          placeholder='Search filings, e.g. "definitive agreement" form:8-K'
          aria-label="Search query"
          role="combobox"
          aria-expanded={showList}
          aria-controls="search-suggestions"
          aria-activedescendant={showList && active >= 0 ? `search-suggestions-${active}` : undefined}
          aria-describedby={error ? 'search-error' : undefined}
          data-testid="search-input"
          onChange={(value, at) => {
            onText(value);
            setCaret(at);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onKeyUp={(e) => setCaret(e.currentTarget.selectionStart)}
          onClick={(e) => {
            setCaret(e.currentTarget.selectionStart);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
        />
        {text && (
          <button
            type="button"
            className="btn btn-ghost btn-icon search-clear"
            aria-label="Clear search"
            onClick={() => setQuery('')}
          >
            ×
          </button>
        )}
        {showList && (
          <SuggestionList
            id="search-suggestions"
            items={entries}
            active={active}
            onPick={(i) => entries[i].apply()}
            onHover={setActive}
          />
        )}
      </div>
      <button
        type="button"
        className="btn btn-icon"
        aria-label={history.saved.includes(text.trim()) ? 'Remove from saved searches' : 'Save this search'}
        title={history.saved.includes(text.trim()) ? 'Remove from saved searches' : 'Save this search'}
        aria-pressed={history.saved.includes(text.trim())}
        disabled={!text.trim()}
        onClick={() => (history.saved.includes(text.trim()) ? history.unsave(text.trim()) : history.save(text))}
      >
        {history.saved.includes(text.trim()) ? '★' : '☆'}
      </button>
      <div className="help-anchor">
        <button
          type="button"
          className="btn btn-icon"
          aria-label="Search help"
          aria-expanded={helpOpen}
          onClick={() => setHelpOpen((o) => !o)}
        >
          ?
        </button>
        <HelpPopover
          open={helpOpen}
          onClose={() => setHelpOpen(false)}
          onUse={(q) => {
            setQuery(q);
            onSubmit(q);
            setHelpOpen(false);
          }}
        />
      </div>
      {error && (
        <div id="search-error" className="search-error" role="alert">
          <strong>Query problem</strong> at character {error.position + 1}: {error.message}
        </div>
      )}
    </div>
  );
}
