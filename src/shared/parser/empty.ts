import type { Address, Company, CompanyRole, Filing, FileFormat } from '../filing';

export function emptyFiling(format: FileFormat = 'unknown'): Filing {
  return {
    format,
    accessionNumber: null,
    formType: null,
    filedDate: null,
    periodOfReport: null,
    acceptanceDateTime: null,
    date: null,
    dateKind: null,
    companies: [],
    items: [],
    documents: [],
    exhibits: [],
    signatures: [],
    sources: {},
    extra: {},
    warnings: [],
    sections: [],
    sectionsUnresolved: [],
  };
}

export function emptyCompany(role: CompanyRole): Company {
  return {
    role,
    name: null,
    cik: null,
    sic: null,
    irsNumber: null,
    stateOfIncorporation: null,
    fiscalYearEnd: null,
    fileNumber: null,
    businessAddress: null,
    mailAddress: null,
    phone: null,
    formerNames: [],
  };
}

export function emptyAddress(): Address {
  return { street1: null, street2: null, city: null, state: null, zip: null };
}
