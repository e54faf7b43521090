import { type ReactNode, useEffect, useRef } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  /** Escape and the backdrop close the dialog only when this is true. */
  dismissable?: boolean;
}

/** A native modal <dialog>: focus is trapped and restored by the browser. */
export function Modal({ title, onClose, children, footer, dismissable = true }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby="modal-title"
      onCancel={(e) => {
        e.preventDefault();
        if (dismissable) onClose();
      }}
    >
      <header className="modal-head">
        <h2 id="modal-title">{title}</h2>
        <button
          type="button"
          className="btn btn-ghost btn-icon"
          aria-label="Close"
          onClick={onClose}
          disabled={!dismissable}
        >
          ×
        </button>
      </header>
      <div className="modal-body">{children}</div>
      {footer && <footer className="modal-foot">{footer}</footer>}
    </dialog>
  );
}
