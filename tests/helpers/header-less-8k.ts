// A small filing written for these tests, in the forms downloaders save it: the header-less
// body of its 8-K (a cover with a date of report, no filed date), its full submission with
// a header (filed two days later; its 8-K text runs on to a signature, so the two texts differ
// as a rendered primary document and a submission's text often do), and an exhibit alone.

/** The accession number of the submission below. */
export const ACCESSION = '0000012345-04-000007';

/** A header-less 8-K body as downloaders save it: a cover with a date of report, no filed date. */
export const COVER_8K = `UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549

FORM 8-K

CURRENT REPORT
Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934

Date of Report (Date of earliest event reported): March 22, 2004

ACME WIDGET CORPORATION
(Exact name of registrant as specified in its charter)

Delaware                      1-12345                    12-3456789
(State of incorporation)      (Commission File Number)   (IRS Employer Identification No.)

Item 5. Other Events.

The registrant announced the results of its annual meeting of stockholders held this week.
`;

export const SUBMISSION = `<SEC-DOCUMENT>0000012345-04-000007.txt : 20040324
<SEC-HEADER>0000012345-04-000007.hdr.sgml : 20040324
ACCESSION NUMBER:		0000012345-04-000007
CONFORMED SUBMISSION TYPE:	8-K
PUBLIC DOCUMENT COUNT:		1
CONFORMED PERIOD OF REPORT:	20040322
FILED AS OF DATE:		20040324

FILER:

	COMPANY DATA:	
		COMPANY CONFORMED NAME:			ACME WIDGET CORP
		CENTRAL INDEX KEY:			0000012345
</SEC-HEADER>
<DOCUMENT>
<TYPE>8-K
<SEQUENCE>1
<TEXT>
${COVER_8K}
SIGNATURE

Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly
caused this report to be signed on its behalf by the undersigned hereunto duly authorized.

ACME WIDGET CORPORATION
By: /s/ Jane Roe, Secretary
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
`;

export const EXHIBIT = `<DOCUMENT>
<TYPE>EX-21
<SEQUENCE>2
<TEXT>
SUBSIDIARIES OF THE REGISTRANT

Acme Widget Europe B.V.        Netherlands
Acme Widget Holdings LLC       Delaware
</TEXT>
</DOCUMENT>
`;
