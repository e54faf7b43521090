import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Session, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/api/csp';
import { applyContentSecurityPolicy, denyPermissions, lockDownContents } from '../../../src/main/electron/security';
import { mainWindowOptions } from '../../../src/main/electron/window-options';
import { REPO_DIR } from '../../helpers/shared';
import { FakeContents, FakeSession } from './fakes';

const asSession = (s: FakeSession) => s as unknown as Session;
const asContents = (c: FakeContents) => c as unknown as WebContents;

describe('window options', () => {
  it('isolates the page from Node and Electron', () => {
    const prefs = mainWindowOptions('/app/out/preload/index.cjs').webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
    });
  });

  it('stays hidden until the page has painted', () => {
    expect(mainWindowOptions('/p').show).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );

  it('runs only our own scripts: no eval, no inline or remote script', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
  });

  it('posts no form anywhere and frames no URL (the viewer is a srcdoc frame)', () => {
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
  });

  it('is the policy index.html declares in its <meta>', () => {
    const html = readFileSync(join(REPO_DIR, 'src/renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });

  it('is added to every response the session receives, keeping the other headers', () => {
    const session = new FakeSession();
    applyContentSecurityPolicy(asSession(session));
    let answer: unknown;
    session.headersListener!({ responseHeaders: { 'X-Other': ['1'] } }, (r) => (answer = r));
    expect(answer).toEqual({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
});

describe('navigation and new windows', () => {
  function lockedDown() {
    const contents = new FakeContents();
    const opened: string[] = [];
    lockDownContents(asContents(contents), (url) => opened.push(url));
    return { contents, opened };
  }

  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (event) => {
    const { contents } = lockedDown();
    expect(contents.fire(event, 'https://example.com/')).toBe(true);
  });

  const frameNav = (url: string, isMainFrame = false, isSameDocument = false) => ({ url, isMainFrame, isSameDocument });

  it("denies every frame navigation that would load a page: the app's URL, file:, http(s), about:blank", () => {
    const { contents } = lockedDown();
    for (const details of [
      frameNav('http://127.0.0.1:5123/?token=secret#toc'),
      frameNav('file:///app/out/renderer/index.html#toc'),
      frameNav('https://www.sec.gov/'),
      frameNav('about:blank'),
      frameNav('about:srcdocx'),
      frameNav('javascript:alert(1)'),
      frameNav('about:srcdoc', true),
      frameNav('https://example.com/', true),
    ]) {
      expect(contents.fireWith('will-frame-navigate', details), details.url).toBe(true);
    }
  });

  it("lets the viewer's frame load its srcdoc document and move to its own #anchors", () => {
    const { contents } = lockedDown();
    expect(contents.fireWith('will-frame-navigate', frameNav('about:srcdoc'))).toBe(false);
    expect(contents.fireWith('will-frame-navigate', frameNav('about:srcdoc#item7'))).toBe(false);
    // In-document moves load nothing: the app's own hash routes.
    expect(contents.fireWith('will-frame-navigate', frameNav('file:///app/index.html#/search', true, true))).toBe(
      false,
    );
  });

  it('denies window.open and sends http(s) links to the system browser', () => {
    const { contents, opened } = lockedDown();
    expect(contents.openHandler!({ url: 'https://www.sec.gov/edgar' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'http://example.com/a?b=1' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://www.sec.gov/edgar', 'http://example.com/a?b=1']);
  });

  it('denies and drops window.open of anything else', () => {
    const { contents, opened } = lockedDown();
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<b>x</b>', 'https:evil.com']) {
      expect(contents.openHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual([]);
  });
});

describe('permissions', () => {
  it('refuses every permission request and check', () => {
    const session = new FakeSession();
    denyPermissions(asSession(session));
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      session.requestHandler!({}, permission, (granted) => answers.push(granted));
      answers.push(session.checkHandler!({}, permission, 'file://', {}));
    }
    expect(answers).toHaveLength(10);
    expect(answers.every((granted) => granted === false)).toBe(true);
  });
});
