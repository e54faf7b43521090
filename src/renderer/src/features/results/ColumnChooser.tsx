import { useRef, useState } from 'react';
import { useDismiss } from '../../hooks/useDismiss';
import { COLUMNS } from './columns';
import type { ColumnLayout } from './useColumnLayout';

/** Pick which result columns show. */
export function ColumnChooser({ layout }: { layout: ColumnLayout }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useDismiss(ref, open, () => setOpen(false));
  const toggle = (id: (typeof COLUMNS)[number]['id']) => {
    const next = layout.visibleIds.includes(id)
      ? layout.visibleIds.filter((c) => c !== id)
      : [...layout.visibleIds, id];
    if (next.length > 0) layout.setVisible(COLUMNS.map((c) => c.id).filter((c) => next.includes(c)));
  };
  return (
    <div ref={ref} className="popover-anchor">
      <button type="button" className="btn btn-small" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        Columns
      </button>
      {open && (
        <div className="popover column-chooser" role="group" aria-label="Visible columns">
          {COLUMNS.map((c) => (
            <label key={c.id} className="check">
              <input type="checkbox" checked={layout.visibleIds.includes(c.id)} onChange={() => toggle(c.id)} />
              {c.label}
            </label>
          ))}
        </div>
      )}
    </div>
  );
}
