// "Label: value" fields of forms printed as a questionnaire (13F, 24F-2, schedules): the value
// after the label on its line, else on the next non-empty line. Rules of dashes or underscores
// (a blank to fill in) are not values.
import { squash, type Line } from './text-lines';

const RULE = /^[-_=.\s]*$/;

export interface LabeledValue {
  value: string;
  /** Index of the line holding the value. */
  line: number;
}

/**
 * The value of the first line matching `label` at or after `from`, within `reach` lines of it;
 * `below` lines after the label are searched when its own line holds nothing.
 */
export function labeledValue(
  lines: readonly Line[],
  label: RegExp,
  from = 0,
  reach = lines.length,
  below = 2,
): LabeledValue | null {
  for (let i = from; i < lines.length && i < from + reach; i++) {
    const m = label.exec(lines[i]!.text);
    if (!m) continue;
    const rest = squash(lines[i]!.text.slice(m.index + m[0].length).replace(/^[\s:;.]+/, ''));
    if (rest !== '' && !RULE.test(rest)) return { value: rest, line: i };
    for (let j = i + 1; j < lines.length && j <= i + below; j++) {
      const t = lines[j]!.text;
      if (t === '' || RULE.test(t)) continue;
      return { value: squash(t), line: j };
    }
    return null;
  }
  return null;
}

/** The index of the first line matching `re`, or -1. */
export function lineIndex(lines: readonly Line[], re: RegExp, from = 0, limit = lines.length): number {
  for (let i = from; i < lines.length && i < limit; i++) if (re.test(lines[i]!.text)) return i;
  return -1;
}
