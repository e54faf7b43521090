// Filings built around one document, for tests: an EDGAR full submission (SGML
// header) whose single document is the given HTML or text.

let next = 1;

export function htmlFiling(opts: { company: string; form?: string; html: string; filename?: string }): string {
  const n = String(next++).padStart(6, '0');
  const form = opts.form ?? '10-K';
  return `<SEC-DOCUMENT>0009999998-24-${n}.txt : 20240315
<SEC-HEADER>0009999998-24-${n}.hdr.sgml : 20240315
ACCESSION NUMBER:		0009999998-24-${n}
CONFORMED SUBMISSION TYPE:	${form}
PUBLIC DOCUMENT COUNT:		1
CONFORMED PERIOD OF REPORT:	20231231
FILED AS OF DATE:		20240315

FILER:

	COMPANY DATA:
		COMPANY CONFORMED NAME:			${opts.company}
		CENTRAL INDEX KEY:			0009999998
		STATE OF INCORPORATION:			DE

	FILING VALUES:
		FORM TYPE:		${form}
		SEC FILE NUMBER:	001-99998
</SEC-HEADER>
<DOCUMENT>
<TYPE>${form}
<SEQUENCE>1
<FILENAME>${opts.filename ?? 'report.htm'}
<DESCRIPTION>${form}
<TEXT>
${opts.html}
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
`;
}

/**
 * A 10-K laid out as EDGAR's HTML 10-Ks are: a table of contents whose rows link to
 * `#item…` anchors (old filings mark targets with <a name>, newer with id), long sections,
 * and "Table of Contents" links back to the top.
 */
export function tenKWithToc(): string {
  const items = [
    ['item1', 'Item 1.', 'Business'],
    ['item1a', 'Item 1A.', 'Risk Factors'],
    ['item7', 'Item 7.', "Management's Discussion and Analysis of Financial Condition and Results of Operations"],
    ['item8', 'Item 8.', 'Financial Statements and Supplementary Data'],
  ];
  const filler = (topic: string) =>
    Array.from(
      { length: 60 },
      (_, i) =>
        `<p style="margin-top:6pt;text-align:justify"><font style="font-family:Times New Roman;font-size:10pt">${topic}, paragraph ${i + 1}: the registrant describes its operations, its competition and the risks of its industry.</font></p>`,
    ).join('\n');
  return `<html><head><title>form10-k.htm</title></head><body>
<div style="text-align:center"><b>UNITED STATES SECURITIES AND EXCHANGE COMMISSION</b><br>FORM 10-K</div>
<a name="toc"></a>
<p style="text-align:center"><b>TABLE OF CONTENTS</b></p>
<table cellpadding="0" cellspacing="0" style="width:100%">
${items.map(([id, n, title]) => `<tr><td><a href="#${id}">${n}</a></td><td><a href="#${id}">${title}</a></td></tr>`).join('\n')}
</table>
${items
  .map(
    ([id, n, title], i) =>
      `${i % 2 ? `<div id="${id}"></div>` : `<a name="${id}"></a>`}<p><b>${n} ${title}</b></p>
${filler(title!)}
<p style="text-align:center"><a href="#toc">Table of Contents</a></p>`,
  )
  .join('\n')}
</body></html>`;
}
