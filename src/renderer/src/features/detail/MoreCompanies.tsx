import { useState } from 'react';
import type { FilingDetail } from '../../../../shared/api/types';
import type { Company } from '../../../../shared/filing';
import { api } from '../../api/client';
import { formatCount } from '../../components/format';

/**
 * The companies of a filing past the first page 'filing:get' sent (an .nc may name a
 * million): a page more per click, each rendered by `render`.
 */
export function MoreCompanies({
  filing,
  render,
}: {
  filing: FilingDetail;
  render: (company: Company, index: number) => React.ReactNode;
}) {
  const [more, setMore] = useState<Company[]>([]);
  const [loading, setLoading] = useState(false);
  const shown = filing.companies.length + more.length;
  const left = filing.companiesTotal - shown;
  const loadMore = async () => {
    setLoading(true);
    try {
      const page = await api['filing:companies']({ id: filing.id, offset: shown });
      setMore((m) => [...m, ...page.companies]);
    } finally {
      setLoading(false);
    }
  };
  return (
    <>
      {more.map((c, i) => render(c, filing.companies.length + i))}
      {left > 0 && (
        <p className="muted" data-testid="more-companies">
          {formatCount(shown)} of {formatCount(filing.companiesTotal)} companies shown.{' '}
          <button type="button" className="link-button" onClick={() => void loadMore()} disabled={loading}>
            Show {formatCount(Math.min(left, filing.companies.length || 1))} more
          </button>
        </p>
      )}
    </>
  );
}
