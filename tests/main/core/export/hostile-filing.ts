// A small but complete EDGAR SGML submission whose company name, document description and
// first line of text are chosen by the test: the shape of a hostile filing.
export interface HostileFiling {
  accession: string;
  cik: string;
  companyName: string;
  description: string;
  text: string;
}

export function hostileSubmission(f: HostileFiling): string {
  return [
    `<SEC-DOCUMENT>${f.accession}.txt : 20040324`,
    `<SEC-HEADER>${f.accession}.hdr.sgml : 20040324`,
    '<ACCEPTANCE-DATETIME>20040324160512',
    `ACCESSION NUMBER:\t\t${f.accession}`,
    'CONFORMED SUBMISSION TYPE:\t8-K',
    'PUBLIC DOCUMENT COUNT:\t\t1',
    'CONFORMED PERIOD OF REPORT:\t20040322',
    'ITEM INFORMATION:\t\tOther events',
    'FILED AS OF DATE:\t\t20040324',
    '',
    'FILER:',
    '',
    '\tCOMPANY DATA:\t',
    `\t\tCOMPANY CONFORMED NAME:\t\t\t${f.companyName}`,
    `\t\tCENTRAL INDEX KEY:\t\t\t${f.cik}`,
    '\t\tSTATE OF INCORPORATION:\t\t\tDE',
    '',
    '\tFILING VALUES:',
    '\t\tFORM TYPE:\t\t8-K',
    '\t\tSEC ACT:\t\t1934 Act',
    '\t\tSEC FILE NUMBER:\t000-00001',
    '</SEC-HEADER>',
    '<DOCUMENT>',
    '<TYPE>8-K',
    '<SEQUENCE>1',
    '<FILENAME>form8k.txt',
    `<DESCRIPTION>${f.description}`,
    '<TEXT>',
    f.text,
    '',
    'Item 5. Other Events.',
    '</TEXT>',
    '</DOCUMENT>',
    '</SEC-DOCUMENT>',
    '',
  ].join('\n');
}
