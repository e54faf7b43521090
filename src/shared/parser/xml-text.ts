// Readable text of an XML form (Form 4, 13F, D): each element's value on its own line.
import { decodeEntities } from './entities';

export function xmlText(xml: string): string {
  const lines: string[] = [];
  let pos = 0;
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    const end = lt < 0 ? xml.length : lt;
    if (end > pos) {
      const value = decodeEntities(xml.slice(pos, end)).replace(/\s+/g, ' ').trim();
      if (value) lines.push(value);
    }
    if (lt < 0) break;
    if (xml.startsWith('<![CDATA[', lt)) {
      const close = xml.indexOf(']]>', lt);
      const value = xml.slice(lt + 9, close < 0 ? xml.length : close).trim();
      if (value) lines.push(value);
      pos = close < 0 ? xml.length : close + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt + 1);
    pos = gt < 0 ? xml.length : gt + 1;
  }
  return lines.join('\n');
}
