import { memo, useState } from 'react';
import { formatCount } from '../../components/format';
import type { FacetInfo } from './facetFields';

interface Props {
  facet: FacetInfo;
  values: [string, number][];
  /** Shown instead of "None in these results" when the facet was not counted. */
  note?: string;
  isActive: (value: string) => boolean;
  onToggle: (facet: FacetInfo, value: string) => void;
}

/** One facet: its values with counts; the active ones are pressed. */
export const FacetGroup = memo(function FacetGroup({ facet, values, note, isActive, onToggle }: Props) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? values : values.slice(0, facet.top);
  return (
    <section className="facet" data-facet-group={facet.name} aria-labelledby={`facet-${facet.name}`}>
      <h3 id={`facet-${facet.name}`} className="facet-title">
        {facet.title}
      </h3>
      {values.length === 0 ? (
        <p className="muted small facet-empty">{note ?? 'None in these results'}</p>
      ) : (
        <ul className="facet-values">
          {shown.map(([value, count]) => {
            const active = isActive(value);
            return (
              <li key={value}>
                <button
                  type="button"
                  className={`facet-value${active ? ' facet-value-active' : ''}`}
                  aria-pressed={active}
                  data-facet={facet.name}
                  data-value={value}
                  title={`${active ? 'Remove' : 'Add'} ${facet.field}:${value}`}
                  onClick={() => onToggle(facet, value)}
                >
                  <span className="facet-check" aria-hidden="true">
                    {active ? '✓' : ''}
                  </span>
                  <span className="facet-label">{value}</span>
                  <span className="facet-count">{formatCount(count)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {values.length > facet.top && (
        <button
          type="button"
          className="link-button small facet-more"
          onClick={() => setExpanded((e) => !e)}
          aria-expanded={expanded}
        >
          {expanded ? 'Show fewer' : `Show ${values.length - facet.top} more`}
        </button>
      )}
    </section>
  );
});
