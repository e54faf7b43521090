import { useEffect, useState } from 'react';
import type {
  BackendAuth,
  BackendSettings,
  BackendSettingsView,
  BackendSettingsUpdate,
  ConnectionTest,
} from '../../../../shared/api/types';
import { api, isApiError } from '../../api';
import { Loading } from '../../components/states';

const AUTH: [BackendAuth, string][] = [
  ['none', 'None'],
  ['basic', 'User and password'],
  ['certificate', 'Client certificate'],
];

type Outcome = { kind: 'test'; result: ConnectionTest } | { kind: 'saved' } | { kind: 'error'; message: string };

const message = (err: unknown) => (isApiError(err) ? err.message : String(err));

/**
 * Which search backend answers: the embedded SQLite index, or an OpenSearch cluster (address,
 * index, authentication, CA). A password or passphrase typed here goes to the app's main side
 * to be stored encrypted; this page is only ever told whether one is stored.
 */
export function SettingsView({ onSaved }: { onSaved: () => void }) {
  const [stored, setStored] = useState<BackendSettingsView | null>(null);
  const [form, setForm] = useState<BackendSettings | null>(null);
  const [secret, setSecret] = useState('');
  const [forget, setForget] = useState(false);
  const [busy, setBusy] = useState<'test' | 'save' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    void api['settings:backend']().then(
      (view) => {
        setStored(view);
        const { secretSet: _s, secretStorage: _e, ...settings } = view;
        setForm(settings);
      },
      (err: unknown) => setOutcome({ kind: 'error', message: message(err) }),
    );
  }, []);

  if (!form || !stored) {
    return outcome?.kind === 'error' ? (
      <p role="alert" className="text-danger">
        {outcome.message}
      </p>
    ) : (
      <Loading label="Reading settings…" />
    );
  }
  const set = (patch: Partial<BackendSettings>) => {
    setForm({ ...form, ...patch });
    setOutcome(null);
  };
  const request = (): BackendSettingsUpdate => ({
    ...form,
    ...(secret ? { secret } : forget ? { secret: null } : {}),
  });
  const run = async (kind: 'test' | 'save') => {
    setBusy(kind);
    setOutcome(null);
    try {
      if (kind === 'test') setOutcome({ kind: 'test', result: await api['settings:testBackend'](request()) });
      else {
        setStored(await api['settings:saveBackend'](request()));
        setSecret('');
        setForget(false);
        setOutcome({ kind: 'saved' });
        onSaved();
      }
    } catch (err) {
      setOutcome({ kind: 'error', message: message(err) });
    } finally {
      setBusy(null);
    }
  };
  const remote = form.backend === 'opensearch';
  const secretLabel = form.auth === 'basic' ? 'Password' : 'Key passphrase';
  const secretNote = stored.secretSet && !forget ? 'stored encrypted; type to replace' : 'not stored';

  return (
    <div className="library settings">
      <section className="panel library-section">
        <header className="section-head">
          <h2>Search backend</h2>
        </header>
        <form
          className="settings-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run('save');
          }}
        >
          <fieldset className="field-group">
            <legend>Answer searches from</legend>
            <label className="choice">
              <input type="radio" name="backend" checked={!remote} onChange={() => set({ backend: 'sqlite' })} />
              <span>
                This computer <span className="muted">(the embedded SQLite index)</span>
              </span>
            </label>
            <label className="choice">
              <input type="radio" name="backend" checked={remote} onChange={() => set({ backend: 'opensearch' })} />
              <span>
                An OpenSearch cluster <span className="muted">(filings and texts stay in this archive too)</span>
              </span>
            </label>
          </fieldset>

          <fieldset className="field-group" disabled={!remote}>
            <legend>Cluster</legend>
            <TextField
              label="URL"
              value={form.url}
              placeholder="https://search.example.com:9200"
              onChange={(v) => set({ url: v })}
            />
            <TextField label="Index" value={form.index} onChange={(v) => set({ index: v })} />
            <TextField
              label="CA certificate"
              value={form.caFile}
              placeholder="optional: a PEM file, for a cluster with its own certificate authority"
              onChange={(v) => set({ caFile: v })}
            />
          </fieldset>

          <fieldset className="field-group" disabled={!remote}>
            <legend>Authentication</legend>
            <div className="choice-row" role="radiogroup" aria-label="Authentication">
              {AUTH.map(([value, label]) => (
                <label key={value} className="choice">
                  <input type="radio" name="auth" checked={form.auth === value} onChange={() => set({ auth: value })} />
                  <span>{label}</span>
                </label>
              ))}
            </div>
            {form.auth === 'basic' && <TextField label="User" value={form.user} onChange={(v) => set({ user: v })} />}
            {form.auth === 'certificate' && (
              <>
                <TextField
                  label="Certificate"
                  value={form.certFile}
                  placeholder="a PEM file"
                  onChange={(v) => set({ certFile: v })}
                />
                <TextField
                  label="Key"
                  value={form.keyFile}
                  placeholder="a PEM file"
                  onChange={(v) => set({ keyFile: v })}
                />
              </>
            )}
            {form.auth !== 'none' && (
              <label className="field">
                <span>{secretLabel}</span>
                <input
                  type="password"
                  value={secret}
                  autoComplete="off"
                  placeholder={secretNote}
                  onChange={(e) => {
                    setSecret(e.target.value);
                    setOutcome(null);
                  }}
                />
              </label>
            )}
            {form.auth !== 'none' && stored.secretSet && (
              <label className="choice field-aside">
                <input type="checkbox" checked={forget} onChange={(e) => setForget(e.target.checked)} />
                <span>Forget the stored {secretLabel.toLowerCase()}</span>
              </label>
            )}
            {!stored.secretStorage && form.auth !== 'none' && (
              <p className="muted">
                This system offers no encrypted storage for secrets, so a {secretLabel.toLowerCase()} cannot be saved.
              </p>
            )}
          </fieldset>

          <div className="settings-actions">
            <button type="button" className="btn" disabled={busy !== null || !remote} onClick={() => void run('test')}>
              {busy === 'test' ? 'Testing…' : 'Test connection'}
            </button>
            <button type="submit" className="btn btn-primary" disabled={busy !== null}>
              {busy === 'save' ? 'Saving…' : 'Save'}
            </button>
          </div>
          <OutcomeLine outcome={outcome} />
        </form>
      </section>
    </div>
  );
}

function OutcomeLine({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return <p className="settings-outcome" role="status" />;
  if (outcome.kind === 'saved')
    return (
      <p className="settings-outcome text-success" role="status">
        Saved. Searches now use these settings.
      </p>
    );
  if (outcome.kind === 'error')
    return (
      <p className="settings-outcome text-danger" role="alert">
        {outcome.message}
      </p>
    );
  const { ok, message: text, tookMs } = outcome.result;
  return (
    <p className={`settings-outcome ${ok ? 'text-success' : 'text-danger'}`} role={ok ? 'status' : 'alert'}>
      {text} <span className="muted">({tookMs} ms)</span>
    </p>
  );
}

function TextField(props: { label: string; value: string; placeholder?: string; onChange: (value: string) => void }) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        type="text"
        value={props.value}
        placeholder={props.placeholder}
        spellCheck={false}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}
