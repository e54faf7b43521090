// Text nodes -> an FTS5 MATCH expression. Every term goes inside double quotes (inner quotes
// doubled), so nothing a user types can be read by FTS5 as syntax: no column filters, no
// operators, no stray '*' or '^'. Only the operators we emit ourselves appear outside quotes.
import type { NearNode, PhraseNode, QueryNode, TermNode } from '../../../shared/query';
import { indexTerms } from '../../../shared/query/text';

// Control characters never reach FTS5 (the lexer treats them as spaces; phrases may hold them).
const withoutControls = (text: string) => Array.from(text, (c) => (c < ' ' || c === '\x7f' ? ' ' : c)).join('');

export function quote(text: string): string {
  return `"${withoutControls(text).replace(/"/g, '""')}"`;
}

function phrase(n: TermNode | PhraseNode): string {
  return n.prefix ? `${quote(n.text)} *` : quote(n.text);
}

function near(n: NearNode): string {
  return `NEAR(${n.terms.map(phrase).join(' ')}, ${n.distance})`;
}

/** True for term/phrase/NEAR nodes and AND/OR trees made only of them. */
export function isPureText(n: QueryNode): boolean {
  if (n.type === 'term' || n.type === 'phrase' || n.type === 'near') return true;
  if (n.type === 'and' || n.type === 'or') return n.children.every(isPureText);
  return false;
}

/** The FTS5 expression of a pure-text node (see isPureText). */
export function ftsExpression(n: QueryNode): string {
  switch (n.type) {
    case 'term':
    case 'phrase':
      return phrase(n);
    case 'near':
      return near(n);
    case 'and':
    case 'or':
      return `(${n.children.map(ftsExpression).join(n.type === 'and' ? ' AND ' : ' OR ')})`;
    default:
      throw new Error(`not a text node: ${n.type}`);
  }
}

const hasTerms = (n: TermNode | PhraseNode) => indexTerms(n.text).length > 0;

/**
 * Drops text that yields no index terms (punctuation, emoji, a lone '-'): FTS5 would match
 * nothing for it, which would silently empty an AND. Returns null when nothing is left.
 */
export function pruneTokenless(n: QueryNode): QueryNode | null {
  switch (n.type) {
    case 'term':
    case 'phrase':
      return hasTerms(n) ? n : null;
    case 'near': {
      const terms = n.terms.filter(hasTerms);
      if (terms.length >= 2) return { ...n, terms };
      return terms[0] ?? null;
    }
    case 'and':
    case 'or': {
      const children = n.children.map(pruneTokenless).filter((c): c is QueryNode => c !== null);
      if (children.length <= 1) return children[0] ?? null;
      return { type: n.type, children };
    }
    case 'not': {
      const child = pruneTokenless(n.child);
      return child ? { ...n, child } : null;
    }
    case 'filter':
      return n;
  }
}
