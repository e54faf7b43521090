// Regular-expression source matching raw text whose folded form starts with a given folded
// prefix: each Latin letter also matches its upper case and accented forms (SQLite folds
// those), combining diacritics may follow any letter, other characters match case-insensitively.

let latinVariants: Map<string, string[]> | null = null;

/** Folded letter -> every Latin code point that folds to it ('e' -> e, E, é, É, ê...). */
function variants(): Map<string, string[]> {
  if (latinVariants) return latinVariants;
  const map = new Map<string, string[]>();
  const add = (from: number, to: number) => {
    for (let code = from; code < to; code++) {
      const c = String.fromCodePoint(code);
      const folded = c
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '');
      if (folded.length !== 1 || !/\p{L}/u.test(c)) continue;
      const list = map.get(folded) ?? [];
      list.push(c);
      map.set(folded, list);
    }
  };
  add(0x41, 0x250);
  add(0x1e00, 0x1f00);
  latinVariants = map;
  return map;
}

const escapeClass = (c: string) => c.replace(/[\\\]^[-]/g, '\\$&');
const escapeLiteral = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

export function candidateSource(prefix: string): string {
  let out = '';
  for (const c of prefix) {
    const v = variants().get(c);
    out += v ? `[${escapeClass(c)}${v.map(escapeClass).join('')}]` : escapeLiteral(c);
    out += '[\\u0300-\\u036f]*';
  }
  return out;
}
