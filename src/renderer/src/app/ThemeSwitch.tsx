import { useState } from 'react';
import { setTheme, storedTheme, type ThemeChoice } from './theme';

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const ICON: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' };

/** One button cycling the theme: system -> light -> dark. */
export function ThemeSwitch() {
  const [choice, setChoice] = useState<ThemeChoice>(storedTheme);
  return (
    <button
      type="button"
      className="btn btn-icon"
      data-testid="theme-switch"
      aria-label={`Theme: ${choice}; switch to ${NEXT[choice]}`}
      title={`Theme: ${choice} (click for ${NEXT[choice]})`}
      onClick={() => {
        setTheme(NEXT[choice]);
        setChoice(NEXT[choice]);
      }}
    >
      <span aria-hidden="true">{ICON[choice]}</span>
    </button>
  );
}
