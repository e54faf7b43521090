import type { IndexProgress } from '../../../../shared/api/types';

/** 0..1 share of the run done: by bytes when known (files differ wildly in size), else by files. */
export function progressFraction(p: IndexProgress): number | null {
  if (p.bytesTotal > 0) return Math.min(1, p.bytesDone / p.bytesTotal);
  if (p.filesTotal > 0) return Math.min(1, p.filesDone / p.filesTotal);
  return null;
}

export const PHASE_LABEL: Record<IndexProgress['phase'], string> = {
  scanning: 'Scanning folders',
  parsing: 'Reading filings',
  writing: 'Writing the index',
  finishing: 'Finishing',
};
