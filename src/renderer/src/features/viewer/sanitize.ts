// Filing HTML comes from anywhere. Before it is shown it loses everything that could run or
// reach the network: scripts and event handlers (DOMPurify), every URL that is not an
// inline data: image or an in-page #anchor, and every CSS construct that fetches (safe-css.ts,
// escapes decoded). The result is then shown in a sandboxed frame with its own CSP, so a gap
// here still cannot run script or load anything. Callers check html-limits.ts first: DOMPurify
// parses the whole document on this thread.
import createDOMPurify from 'dompurify';
import { stripCssUrls } from './safe-css';

/** Attributes whose value is fetched or navigated to. */
const URL_ATTRS = new Set([
  'src',
  'href',
  'xlink:href',
  'action',
  'formaction',
  'poster',
  'background',
  'cite',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'data',
  'codebase',
  'ping',
  'manifest',
  'usemap',
  'profile',
]);

const FORBID_TAGS = [
  'script',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'portal',
  'svg',
  'math',
];

const DATA_IMAGE = /^data:image\/(png|gif|jpe?g|webp|bmp);/i;

/**
 * The URL of an in-page link inside the frame. A srcdoc document resolves a bare '#toc'
 * against the app page's URL, so a click would load the app's own page into the frame;
 * 'about:srcdoc#toc' is the frame's own document, and the browser only scrolls.
 */
export function inFrameAnchor(href: string): string {
  return `about:srcdoc${href}`;
}

function allowedUrl(attr: string, value: string): boolean {
  const v = value.trim();
  if (attr === 'href') return v.startsWith('#');
  if (attr === 'src') return DATA_IMAGE.test(v);
  return false;
}

const purifier = createDOMPurify(window);
purifier.addHook('uponSanitizeAttribute', (_node, data) => {
  const name = data.attrName.toLowerCase();
  if (name === 'srcset' || name === 'imagesrcset') data.keepAttr = false;
  else if (URL_ATTRS.has(name) && !allowedUrl(name, data.attrValue)) data.keepAttr = false;
  else if (name === 'style') data.attrValue = stripCssUrls(data.attrValue);
});
// After DOMPurify's own URL check, which would refuse the about: scheme.
purifier.addHook('afterSanitizeAttributes', (node) => {
  const href = node.getAttribute('href');
  if (href !== null) node.setAttribute('href', inFrameAnchor(href.trim()));
});
purifier.addHook('uponSanitizeElement', (node, data) => {
  if (data.tagName === 'style' && node.textContent) node.textContent = stripCssUrls(node.textContent);
});

export const FRAME_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'";

/** The filing's HTML as a self-contained, inert document for an iframe's srcdoc. */
export function toSafeDocument(html: string): string {
  const body = purifier.sanitize(html, {
    FORBID_TAGS,
    FORBID_ATTR: ['srcset', 'imagesrcset'],
    FORCE_BODY: true,
    ALLOW_DATA_ATTR: false,
    WHOLE_DOCUMENT: false,
  });
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${FRAME_CSP}"><style>html{background:#fff;color:#111}body{margin:24px;font:14px/1.5 Georgia,'Times New Roman',serif}img{max-width:100%}table{border-collapse:collapse}</style></head><body>${body}</body></html>`;
}
