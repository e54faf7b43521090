// Small stand-ins for the Electron objects the edge functions receive. They record what the
// code under test registered, so each test can fire the real handlers and see the outcome.

type Listener = (...args: unknown[]) => unknown;

export class FakeContents {
  readonly listeners = new Map<string, Listener[]>();
  openHandler: ((details: { url: string }) => { action: string }) | null = null;

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }

  /** Fires an event the way Electron does; returns whether a listener prevented its default. */
  fire(event: string, ...args: unknown[]): boolean {
    return this.fireWith(event, {}, ...args);
  }

  /** Fires an event whose details Electron puts on the event object (will-frame-navigate). */
  fireWith(event: string, details: object, ...args: unknown[]): boolean {
    let prevented = false;
    const e = { ...details, preventDefault: () => (prevented = true) };
    for (const listener of this.listeners.get(event) ?? []) listener(e, ...args);
    return prevented;
  }
}

export class FakeSession {
  headersListener: ((details: unknown, callback: (r: unknown) => void) => void) | null = null;
  requestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  checkHandler: ((...args: unknown[]) => boolean) | null = null;
  readonly webRequest = {
    onHeadersReceived: (listener: (details: unknown, callback: (r: unknown) => void) => void) => {
      this.headersListener = listener;
    },
  };

  setPermissionRequestHandler(handler: FakeSession['requestHandler']): void {
    this.requestHandler = handler;
  }

  setPermissionCheckHandler(handler: FakeSession['checkHandler']): void {
    this.checkHandler = handler;
  }
}

/** A stand-in for Electron's safeStorage: XOR with a per-"machine" key, so the file holds no clear text. */
export function fakeSafeStorage(
  available = true,
  key = 0x5a,
): {
  calls: number;
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(sealed: Buffer): string;
} {
  const fake = {
    calls: 0,
    isEncryptionAvailable: () => available,
    encryptString(text: string) {
      fake.calls++;
      return Buffer.from([...Buffer.from(`sealed:${text}`, 'utf8')].map((b) => b ^ key));
    },
    decryptString(sealed: Buffer) {
      const text = Buffer.from([...sealed].map((b) => b ^ key)).toString('utf8');
      if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided');
      return text.slice('sealed:'.length);
    },
  };
  return fake;
}
