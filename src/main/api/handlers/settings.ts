// Settings of the search backend. The page sends a secret only to store or test it and never
// gets one back: the answer says only whether one is stored (`secretSet`).
import { openSearchSettingsOf, viewOf } from '../backend-settings';
import type { HandlerDeps, HandlersOf } from './types';

export function settingsHandlers({ platform, backends, emit }: HandlerDeps): HandlersOf<'settings'> {
  return {
    'settings:backend': async () => viewOf(await platform.loadBackendSettings()),
    'settings:saveBackend': async ({ secret, ...settings }) => {
      const stored = await platform.loadBackendSettings();
      const nextSecret = secret === undefined ? stored.secret : secret;
      // Apply first: settings that cannot make a backend are refused and not stored.
      await backends.apply(settings, nextSecret);
      const saved = await platform.saveBackendSettings(settings, secret);
      emit('archive:changed', { at: Date.now() });
      return viewOf(saved);
    },
    'settings:testBackend': async ({ secret, ...settings }) => {
      if (settings.backend === 'sqlite') {
        return { ok: true, message: 'The embedded SQLite index answers; no connection is needed.', tookMs: 0 };
      }
      const stored = await platform.loadBackendSettings();
      const opensearch = openSearchSettingsOf(settings, secret === undefined ? stored.secret : secret);
      const { testOpenSearchConnection } = await import('../../core/opensearch/connection-test');
      return testOpenSearchConnection(opensearch);
    },
  };
}
