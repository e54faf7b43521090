// Files that are not filings, by class of content (never by a file name): what people keep
// beside their filings. Each class gives the reason shown as "not an EDGAR filing (...)"; the
// archive lists such files as skipped, apart from files that failed to read or parse.
import type { Filing } from '../filing';

/** master/company/form/xbrl/crawler .idx listings: a "Description:" preamble or their column heads. */
function isIndexListing(head: string): boolean {
  if (/^Description:[^\n]*Index/.test(head) || /^Last Data Received:/m.test(head)) return true;
  return /^(CIK\|Company Name\|Form Type|Company Name\s+Form Type\s+CIK|Form Type\s+Company Name\s+CIK)/m.test(head);
}

/**
 * Classes recognisable from the first bytes (`head`, leading space removed): EDGAR's own index
 * files and pages, JSON, sitemaps and feeds. Runs after the SGML checks, so a submission (and
 * an -index-headers.html page, read as its header) is never one of these.
 */
export function notFilingByHead(head: string): string | null {
  if (isIndexListing(head)) return 'an EDGAR index file';
  // A filing's index page (…-index.html) or a folder listing of the EDGAR archive.
  if (/<title>\s*EDGAR Filing Documents for\b/i.test(head) || (/id="formDiv"/.test(head) && /Filing Detail/.test(head)))
    return 'an EDGAR filing index page';
  if (/<title>\s*(Index of|Directory Listing for) \/Archives\/edgar\b/i.test(head)) return 'an EDGAR folder listing';
  // EDGAR publishes JSON (index.json listings, submissions, XBRL facts) but no filing is JSON.
  if (/^[{[]\s*["{[\]}]/.test(head))
    return /"directory"\s*:/.test(head) ? 'an EDGAR folder listing (JSON)' : 'JSON data';
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(urlset|sitemapindex)[\s>]/.test(head)) return 'a sitemap';
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed)[\s>]/.test(head)) return 'a news feed (RSS or Atom)';
  return null;
}

const LICENCE =
  /^\W*(?:(?:The )?MIT License|Apache License|GNU (?:(?:LESSER|AFFERO) )?GENERAL PUBLIC LICENSE|Mozilla Public License|BSD \d-Clause License|Creative Commons|This is free and unencumbered software)|Permission is hereby granted, free of charge, to any person obtaining a copy|Redistribution and use in source and binary forms, with or without/i;

/** Markdown or reStructuredText: at least two marks a filing's text never has. */
function isMarkup(text: string): boolean {
  const marks = [
    /^#{1,6} \S/m, // ATX heading
    /^```/m, // fenced code
    /\[[^\]\n]+\]\((?:https?:|\.{0,2}\/|#)[^)\s]*\)/, // [link](url)
    /!\[[^\]\n]*\]\(/, // image or badge
    /(?:`[^`\n]+`[^`]*){3}/, // inline code, three times
    /^\.\. [a-z-]+::/m, // reST directive
  ];
  return marks.filter((re) => re.test(text)).length >= 2;
}

/** Delimited data: at least 3 lines with the same number (2 or more) of one separator. */
function isDelimited(text: string): boolean {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .slice(0, 20);
  if (lines.length < 3) return false;
  return [',', '\t', ';'].some((sep) => {
    const counts = lines.map((l) => l.split(sep).length - 1);
    const same = counts.filter((n) => n === counts[0]).length;
    return counts[0] >= 2 && same >= lines.length * 0.9;
  });
}

/**
 * Classes told from a bare document's text once parsed: a software licence, a Markdown or
 * reStructuredText document (READMEs, notes), delimited data (CSV). Only a plain-text file
 * with nothing of a submission's identity (an accession number or a filed date in the text)
 * can be one: the form types a README talks about do not make it a filing.
 */
export function notFilingByText(filing: Filing): string | null {
  if (filing.format !== 'text' || filing.documents.length !== 1) return null;
  if (filing.accessionNumber || filing.filedDate) return null;
  const text = filing.documents[0]!.text.slice(0, 8192);
  if (LICENCE.test(text.slice(0, 2048))) return 'a software licence';
  if (isMarkup(text)) return 'a README or other Markdown/reStructuredText document';
  if (isDelimited(text)) return 'delimited data (CSV)';
  return null;
}
