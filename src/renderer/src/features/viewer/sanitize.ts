// Filing HTML comes from anywhere. Before it is shown it loses everything that could run or
// reach the network: scripts and event handlers (DOMPurify), every URL that is not an
// inline data: image or an in-page #anchor, and every CSS construct that fetches (safe-css.ts,
// escapes decoded). The result is then shown in a sandboxed frame with its own CSP, so a gap
// here still cannot run script or load anything. Callers check html-limits.ts first: DOMPurify
// parses the whole document on this thread.
import createDOMPurify from 'dompurify';
import type { Hit } from './hit-map';
import { HIT_CLASS, markHits } from './mark-hits';
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

/** Hits to mark in the document: offsets into its text (a part of it when `partial`). */
export interface FrameHits {
  text: string;
  hits: readonly Hit[];
  partial?: boolean;
}

const SANITIZE = {
  FORBID_TAGS,
  FORBID_ATTR: ['srcset', 'imagesrcset'],
  // Inline XBRL's hidden header (contexts, units, hidden facts) is never shown, and the text
  // the hits refer to leaves it out too (parser/html-text.ts).
  ADD_FORBID_CONTENTS: ['ix:header'],
  FORCE_BODY: true,
  ALLOW_DATA_ATTR: false,
  WHOLE_DOCUMENT: false,
};

/** Hits as the text view marks them; the current one is the frame's :target. */
const HIT_CSS = `mark.${HIT_CLASS}{background:#ffe680;color:#2a2100;scroll-margin:30vh 0}mark.${HIT_CLASS}:target{background:#ff9d2e;outline:2px solid #ff9d2e}`;

function frameDocument(body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${FRAME_CSP}"><style>html{background:#fff;color:#111}body{margin:24px;font:14px/1.5 Georgia,'Times New Roman',serif}img{max-width:100%}table{border-collapse:collapse}${HIT_CSS}</style></head><body>${body}</body></html>`;
}

/** The filing's HTML as a self-contained, inert document for an iframe's srcdoc. */
export function toSafeDocument(html: string): string {
  return frameDocument(purifier.sanitize(html, SANITIZE));
}

/**
 * The same, with `marks`' hits wrapped in <mark> (mark-hits.ts); `placed` says how many of
 * them were found in the HTML's text.
 */
export function toSafeDocumentWithHits(html: string, marks: FrameHits): { srcDoc: string; placed: number } {
  if (marks.hits.length === 0) return { srcDoc: toSafeDocument(html), placed: 0 };
  const body = purifier.sanitize(html, { ...SANITIZE, RETURN_DOM: true });
  const placed = markHits(body, marks.text, marks.hits, { partial: marks.partial });
  return { srcDoc: frameDocument(body.innerHTML), placed };
}
