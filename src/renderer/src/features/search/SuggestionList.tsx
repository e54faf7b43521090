export interface ListItem {
  key: string;
  label: string;
  detail?: string;
  group?: string;
  onRemove?: () => void;
}

interface Props {
  id: string;
  items: ListItem[];
  active: number;
  onPick: (index: number) => void;
  onHover: (index: number) => void;
}

/** The autocomplete / history dropdown under the search box (a listbox the input controls). */
export function SuggestionList({ id, items, active, onPick, onHover }: Props) {
  return (
    <ul id={id} className="popover suggestions" role="listbox" aria-label="Suggestions">
      {items.map((item, i) => (
        <li key={item.key} className="suggestion-wrap">
          {item.group && (i === 0 || items[i - 1].group !== item.group) && (
            <div className="suggestion-group">{item.group}</div>
          )}
          <div
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === active}
            className={`suggestion${i === active ? ' suggestion-active' : ''}`}
            // mousedown, not click: the input must keep focus.
            onMouseDown={(e) => {
              e.preventDefault();
              onPick(i);
            }}
            onMouseEnter={() => onHover(i)}
          >
            <span className="suggestion-label mono">{item.label}</span>
            {item.detail && <span className="suggestion-detail muted">{item.detail}</span>}
            {item.onRemove && (
              <button
                type="button"
                className="btn btn-ghost btn-small suggestion-remove"
                aria-label={`Remove ${item.label}`}
                onMouseDown={(e) => {
                  e.preventDefault();
                  e.stopPropagation();
                  item.onRemove?.();
                }}
              >
                ×
              </button>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
