// The colour theme: the user's choice (system, light or dark), remembered, applied as
// <html data-theme="light|dark"> (theme.css). "system" follows the OS, live.
export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'ui.theme';
const dark = () => window.matchMedia('(prefers-color-scheme: dark)');

export function storedTheme(): ThemeChoice {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? '"system"') as unknown;
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

let current: ThemeChoice = 'system';

function apply(): void {
  const resolved = current === 'system' ? (dark().matches ? 'dark' : 'light') : current;
  document.documentElement.dataset.theme = resolved;
}

/** Applies and remembers `choice`. */
export function setTheme(choice: ThemeChoice): void {
  current = choice;
  try {
    localStorage.setItem(KEY, JSON.stringify(choice));
  } catch {
    // Storage full or denied: the choice holds for this session.
  }
  apply();
}

/** Applies the stored choice before the first render and follows the OS while it is "system". */
export function initTheme(): void {
  current = storedTheme();
  apply();
  dark().addEventListener('change', apply);
}
