import type { ReactNode } from 'react';
import { ThemeSwitch } from './ThemeSwitch';

export type View = 'search' | 'browse' | 'library' | 'settings';

const VIEWS: [View, string][] = [
  ['search', 'Search'],
  ['browse', 'Browse'],
  ['library', 'Library'],
  ['settings', 'Settings'],
];

interface Props {
  view: View;
  onView: (view: View) => void;
  search: ReactNode;
  status: ReactNode;
  errorCount: number;
}

/** Brand, the search box, the view switcher and the index status. */
export function TopBar({ view, onView, search, status, errorCount }: Props) {
  return (
    <header className="topbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          EA
        </span>
        <h1 className="brand-name">EDGAR Archive</h1>
      </div>
      <div className="topbar-search">{search}</div>
      <nav className="view-tabs" aria-label="Views">
        {VIEWS.map(([id, label]) => (
          <button
            key={id}
            type="button"
            className="view-tab"
            aria-current={view === id ? 'page' : undefined}
            onClick={() => onView(id)}
          >
            {label}
            {id === 'library' && errorCount > 0 && (
              <span className="badge badge-warning" aria-label={`${errorCount} files with errors`}>
                {errorCount}
              </span>
            )}
          </button>
        ))}
      </nav>
      <div className="topbar-status">{status}</div>
      <ThemeSwitch />
    </header>
  );
}
