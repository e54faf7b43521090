// A filing whose HTML tries everything a document must not do in the viewer: run script,
// load remote images and styles, navigate. Built by hand: no real filing does all of this.

export const HOSTILE_COMPANY = 'HOSTILE MARKUP TEST CORP';
export const EVIL_HOST = 'evil.example';

const html = `<html><head>
<script>window.__pwned = true; try { parent.__pwned = true; } catch (e) {}</script>
<link rel="stylesheet" href="http://${EVIL_HOST}/style.css">
<style>body { background: url(http://${EVIL_HOST}/bg.png); } @import url("http://${EVIL_HOST}/more.css");</style>
<meta http-equiv="refresh" content="0; url=http://${EVIL_HOST}/refresh">
</head>
<body onload="window.__pwned = true">
<h1>Quarterly statement of hostile markup</h1>
<p>The registrant reports a definitive merger agreement with Example Holdings.</p>
<img src="http://${EVIL_HOST}/remote.png" alt="remote image">
<img src="x.png" srcset="http://${EVIL_HOST}/2x.png 2x" onerror="window.__pwned = true">
<div style="background-image: url('https://${EVIL_HOST}/div.png')">Styled block</div>
<a href="http://${EVIL_HOST}/link">an outside link</a>
<iframe src="http://${EVIL_HOST}/frame"></iframe>
<object data="http://${EVIL_HOST}/object.swf"></object>
<svg><image href="http://${EVIL_HOST}/svg.png"/></svg>
<form action="http://${EVIL_HOST}/post"><input type="submit"></form>
<p>End of the merger agreement summary.</p>
</body></html>`;

/** An EDGAR full submission (SGML header) holding the hostile HTML as its 8-K document. */
export const HOSTILE_FILING = `<SEC-DOCUMENT>0009999999-24-000001.txt : 20240315
<SEC-HEADER>0009999999-24-000001.hdr.sgml : 20240315
ACCESSION NUMBER:		0009999999-24-000001
CONFORMED SUBMISSION TYPE:	8-K
PUBLIC DOCUMENT COUNT:		1
CONFORMED PERIOD OF REPORT:	20240314
FILED AS OF DATE:		20240315

FILER:

	COMPANY DATA:
		COMPANY CONFORMED NAME:			${HOSTILE_COMPANY}
		CENTRAL INDEX KEY:			0009999999
		STATE OF INCORPORATION:			DE

	FILING VALUES:
		FORM TYPE:		8-K
		SEC FILE NUMBER:	001-99999
</SEC-HEADER>
<DOCUMENT>
<TYPE>8-K
<SEQUENCE>1
<FILENAME>hostile8k.htm
<DESCRIPTION>HOSTILE MARKUP
<TEXT>
${html}
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
`;
