import type { FilingDetail } from '../../../../shared/api/types';
import type { Address, Company } from '../../../../shared/filing';
import { shortCik } from '../../components/format';
import { MoreCompanies } from './MoreCompanies';

const ROLE_LABEL: Record<Company['role'], string> = {
  filer: 'Filer',
  'subject-company': 'Subject company',
  'filed-by': 'Filed by',
  'reporting-owner': 'Reporting owner',
  issuer: 'Issuer',
  registrant: 'Registrant',
  depositor: 'Depositor',
  sponsor: 'Sponsor',
};

function formatAddress(a: Address | null): string | null {
  if (!a) return null;
  const cityLine = [a.city, a.state, a.zip].filter(Boolean).join(' ');
  const text = [a.street1, a.street2, cityLine].filter(Boolean).join(', ');
  return text || null;
}

function Fact({ label, value, mono }: { label: string; value: React.ReactNode; mono?: boolean }) {
  if (value === null || value === undefined || value === '') return null;
  return (
    <>
      <dt>{label}</dt>
      <dd className={mono ? 'mono' : undefined}>{value}</dd>
    </>
  );
}

function CompanyBlock({ company }: { company: Company }) {
  const business = formatAddress(company.businessAddress);
  const mail = formatAddress(company.mailAddress);
  return (
    <div className="company-block">
      <div className="company-name">
        {company.name ?? 'Unnamed company'} <span className="badge">{ROLE_LABEL[company.role] ?? company.role}</span>
      </div>
      <dl className="facts">
        <Fact label="CIK" value={shortCik(company.cik)} mono />
        <Fact label="SIC" value={company.sic} mono />
        <Fact label="State of inc." value={company.stateOfIncorporation} />
        <Fact label="IRS number" value={company.irsNumber} mono />
        <Fact label="Fiscal year end" value={company.fiscalYearEnd} mono />
        <Fact label="File number" value={company.fileNumber} mono />
        <Fact label="Business address" value={business} />
        <Fact label="Mail address" value={mail !== business ? mail : null} />
        <Fact label="Phone" value={company.phone} />
        <Fact
          label="Former names"
          value={
            company.formerNames.length > 0
              ? company.formerNames.map((f) => `${f.name}${f.changed ? ` (until ${f.changed})` : ''}`).join('; ')
              : null
          }
        />
      </dl>
    </div>
  );
}

/** Everything the index knows about one filing, at a glance. */
export function MetadataCard({ filing }: { filing: FilingDetail }) {
  const extra = Object.entries(filing.extra);
  return (
    <section className="panel detail-card" aria-label="Filing facts">
      <dl className="facts">
        <Fact
          label="Accession"
          value={
            filing.accessionNumber && filing.sources.accessionNumber === 'path' ? (
              <>
                {filing.accessionNumber} <span className="muted small">(from the file's path)</span>
              </>
            ) : (
              filing.accessionNumber
            )
          }
          mono
        />
        <Fact label="Form" value={filing.formType} />
        <Fact
          label="Date"
          value={
            filing.date && (
              <span data-testid="filing-date">
                {filing.date}{' '}
                <span className="date-kind">{filing.dateKind === 'report' ? 'date of report' : 'filed'}</span>
              </span>
            )
          }
        />
        <Fact label="Filed" value={filing.filedDate} />
        <Fact label="Period" value={filing.periodOfReport} />
        <Fact label="Accepted" value={filing.acceptanceDateTime?.replace('T', ' ')} />
        {extra.map(([k, v]) => (
          <Fact key={k} label={k} value={Array.isArray(v) ? v.join('; ') : v} />
        ))}
      </dl>
      {filing.companies.map((c, i) => (
        <CompanyBlock key={`${c.cik ?? c.name}-${i}`} company={c} />
      ))}
      <MoreCompanies filing={filing} render={(c, i) => <CompanyBlock key={`${c.cik ?? c.name}-${i}`} company={c} />} />
      {filing.items.length > 0 && (
        <div>
          <h3 className="card-title">Items</h3>
          <ul className="plain-list">
            {filing.items.map((item) => (
              <li key={item.code}>
                <span className="mono item-code">{item.code}</span> {item.title ?? ''}
              </li>
            ))}
          </ul>
        </div>
      )}
      {filing.signatures.length > 0 && (
        <div>
          <h3 className="card-title">Signatures</h3>
          <ul className="plain-list">
            {filing.signatures.map((s, i) => (
              <li key={i}>{[s.name, s.title, s.date].filter(Boolean).join(' · ') || 'Unnamed signature'}</li>
            ))}
          </ul>
        </div>
      )}
      {filing.warnings.length > 0 && (
        <details className="warnings">
          <summary>{filing.warnings.length} parser notes</summary>
          <ul className="plain-list muted">
            {filing.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
