import { describe, expect, it } from 'vitest';
import { BackendConfigError, backendFrom, openSearchSettingsFrom } from '../../../../src/main/core/opensearch/settings';

describe('backend settings from options and the environment', () => {
  it('takes the backend from --backend, else EDGAR_ARCHIVE_BACKEND, else sqlite', () => {
    expect(backendFrom({}, {})).toBe('sqlite');
    expect(backendFrom({}, { EDGAR_ARCHIVE_BACKEND: 'opensearch' })).toBe('opensearch');
    expect(backendFrom({ backend: 'sqlite' }, { EDGAR_ARCHIVE_BACKEND: 'opensearch' })).toBe('sqlite');
    expect(() => backendFrom({ backend: 'solr' }, {})).toThrow(BackendConfigError);
  });

  it('options win over the environment; the password and passphrase come only from the environment', () => {
    const env = {
      EDGAR_OPENSEARCH_URL: 'https://env.example:9200/ignored/path',
      EDGAR_OPENSEARCH_USER: 'env-user',
      EDGAR_OPENSEARCH_PASSWORD: 'secret',
      EDGAR_OPENSEARCH_CA: '/env/ca.pem',
      EDGAR_OPENSEARCH_CERT: '/env/client.pem',
      EDGAR_OPENSEARCH_KEY: '/env/client.key',
      EDGAR_OPENSEARCH_KEY_PASSPHRASE: 'pass',
    };
    expect(openSearchSettingsFrom({}, env)).toEqual({
      url: 'https://env.example:9200',
      index: 'edgar-filings',
      user: 'env-user',
      password: 'secret',
      ca: '/env/ca.pem',
      cert: '/env/client.pem',
      key: '/env/client.key',
      passphrase: 'pass',
    });
    const s = openSearchSettingsFrom({ url: 'http://127.0.0.1:9200', user: 'u', ca: '/ca.pem', index: 'x' }, env);
    expect(s).toMatchObject({ url: 'http://127.0.0.1:9200', user: 'u', ca: '/ca.pem', index: 'x', password: 'secret' });
  });

  it('refuses a missing or non-http URL and half a client certificate, naming the option', () => {
    expect(() => openSearchSettingsFrom({}, {})).toThrow(/--url URL/);
    expect(() => openSearchSettingsFrom({ url: 'ftp://x' }, {})).toThrow(/http\(s\)/);
    expect(() => openSearchSettingsFrom({ url: 'not a url' }, {})).toThrow(/not a URL/);
    expect(() => openSearchSettingsFrom({ url: 'http://x', cert: '/c.pem' }, {})).toThrow(/--cert FILE and --key FILE/);
  });
});
