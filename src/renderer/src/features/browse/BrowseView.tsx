import { useState } from 'react';
import type { CompanySummary } from '../../../../shared/api/types';
import { CompanyBrowser } from './CompanyBrowser';
import { FacetBrowser } from './FacetBrowser';

type Tab = 'company' | 'form' | 'year';

const TABS: [Tab, string][] = [
  ['company', 'By company'],
  ['form', 'By form'],
  ['year', 'By year'],
];

interface Props {
  changeToken: number;
  onPickCompany: (company: CompanySummary) => void;
  onPickForm: (form: string) => void;
  onPickYear: (year: string) => void;
}

/** Walk the archive without a query. */
export function BrowseView({ changeToken, onPickCompany, onPickForm, onPickYear }: Props) {
  const [tab, setTab] = useState<Tab>('company');
  return (
    <div className="browse">
      <div className="tabs" role="tablist" aria-label="Browse">
        {TABS.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            className="tab"
            onClick={() => setTab(id)}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" className="browse-body">
        {tab === 'company' && <CompanyBrowser onPick={onPickCompany} changeToken={changeToken} />}
        {tab === 'form' && <FacetBrowser facet="form" label="form" onPick={onPickForm} changeToken={changeToken} />}
        {tab === 'year' && <FacetBrowser facet="year" label="year" onPick={onPickYear} changeToken={changeToken} />}
      </div>
    </div>
  );
}
