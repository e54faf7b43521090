import { memo } from 'react';
import { sectionName, type DocSection } from './sections';

interface Props {
  sections: readonly DocSection[];
  /** The section at the top of the view while scrolling, or null before the first. */
  current: DocSection | null;
  onJump: (section: DocSection) => void;
}

/** The document's Items, in text order: a click jumps to one; the one being read is marked. */
export const SectionOutline = memo(function SectionOutline({ sections, current, onJump }: Props) {
  return (
    <nav className="section-outline" aria-label="Sections" data-testid="section-outline">
      <h3 className="section-outline-title">Sections</h3>
      <ol>
        {sections.map((s) => {
          const here = current !== null && s.code === current.code && s.start === current.start;
          return (
            <li key={`${s.code}@${s.start}`}>
              <button
                type="button"
                className={`section-link${here ? ' section-link-current' : ''}`}
                aria-current={here ? 'location' : undefined}
                data-code={s.code}
                title={`${sectionName(s.code)}. ${s.title}`}
                onClick={() => onJump(s)}
              >
                <span className="section-code">{sectionName(s.code)}</span>
                <span className="section-title">{s.title}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
});
