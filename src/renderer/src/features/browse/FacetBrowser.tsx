import { api } from '../../api/client';
import { Empty, ErrorState, Loading } from '../../components/states';
import { formatCount } from '../../components/format';
import { useAsync } from '../../hooks/useAsync';

interface Props {
  facet: 'form' | 'year';
  label: string;
  onPick: (value: string) => void;
  changeToken: number;
}

/** The whole archive counted by form type or by year, from the facets of the empty query. */
export function FacetBrowser({ facet, label, onPick, changeToken }: Props) {
  const { data, error } = useAsync(
    () => api['search:query']({ query: '', limit: 1, facets: true, facetLimit: 1000 }),
    [changeToken],
  );
  if (error) return <ErrorState error={error} title={`Could not count filings by ${label}`} />;
  if (!data) return <Loading />;
  const values = [...(data.facets?.[facet] ?? [])];
  if (facet === 'year') values.sort((a, b) => b[0].localeCompare(a[0]));
  if (values.length === 0) return <Empty title="Nothing to browse">The archive holds no filings yet.</Empty>;
  const max = Math.max(...values.map(([, n]) => n));
  return (
    <ul className="facet-browser" aria-label={`Filings by ${label}`}>
      {values.map(([value, count]) => (
        <li key={value}>
          <button type="button" className="facet-browser-item" onClick={() => onPick(value)}>
            <span className="facet-browser-value">{value}</span>
            <span className="facet-browser-bar" aria-hidden="true">
              <span style={{ width: `${(count / max) * 100}%` }} />
            </span>
            <span className="facet-browser-count">{formatCount(count)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
