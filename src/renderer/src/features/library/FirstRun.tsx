import { useLibraryActions } from './useLibraryActions';

/** The empty archive: two ways in. */
export function FirstRun({ onChanged }: { onChanged: () => void }) {
  const actions = useLibraryActions(onChanged);
  return (
    <div className="first-run">
      <div className="first-run-card panel">
        <div className="first-run-logo" aria-hidden="true">
          EA
        </div>
        <h1>EDGAR Archive</h1>
        <p className="muted">
          Index a folder of SEC EDGAR filings (.txt, .nc, .htm, .gz) and search, filter and read them offline. Nothing
          leaves this computer.
        </p>
        <div className="first-run-actions">
          <button
            type="button"
            className="btn btn-primary btn-large"
            onClick={actions.chooseFolder}
            disabled={actions.busy}
          >
            Open folder…
          </button>
          <button type="button" className="btn btn-large" onClick={actions.openSample} disabled={actions.busy}>
            Open the sample archive
          </button>
        </div>
        {actions.error && (
          <p role="alert" className="text-danger">
            {actions.error}
          </p>
        )}
      </div>
    </div>
  );
}
