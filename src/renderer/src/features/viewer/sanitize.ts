// Filing HTML comes from anywhere. Before it is shown it loses everything that could run or
// reach the network: scripts and event handlers (DOMPurify), and every URL that is not an
// inline data: image or an in-page #anchor. The result is then shown in a sandboxed frame
// with its own CSP, so a gap here still cannot run script or load anything.
import createDOMPurify from 'dompurify';

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
/** url(...), image-set(...) and @import pull resources from CSS. */
const CSS_FETCH = /url\s*\([^)]*\)|image-set\s*\([^)]*\)|@import[^;]*;?/gi;

export function stripCssUrls(css: string): string {
  return css.replace(CSS_FETCH, 'none');
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
purifier.addHook('uponSanitizeElement', (node, data) => {
  if (data.tagName === 'style' && node.textContent) node.textContent = stripCssUrls(node.textContent);
});

export const FRAME_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

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
