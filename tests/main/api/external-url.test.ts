import { describe, expect, it } from 'vitest';
import { safeExternalUrl } from '../../../src/main/api/external-url';

describe('safeExternalUrl', () => {
  it('allows absolute http and https URLs, normalised', () => {
    expect(safeExternalUrl('https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany')).toBe(
      'https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany',
    );
    expect(safeExternalUrl('http://example.com')).toBe('http://example.com/');
    // The scheme is case-insensitive per the URL standard; what is opened is the normalised form.
    expect(safeExternalUrl('HTTPS://Example.COM/x')).toBe('https://example.com/x');
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'ftp://example.com/',
    'smb://host/share',
    'https:evil.com',
    'https:/evil.com',
    'http:\\\\evil.com',
    ' https://example.com',
    'https://example.com ',
    '\u0000https://example.com',
    'https://exa\nmple.com',
    'java\tscript:alert(1)',
    'https://user:pass@example.com/',
    '//example.com/',
    '/relative/path',
    'not a url',
    '',
  ])('refuses %j', (url) => {
    expect(safeExternalUrl(url)).toBeNull();
  });
});
