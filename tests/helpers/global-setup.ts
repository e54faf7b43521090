// Vitest global setup: says once per run why the suites that read ../shared are skipped.
import { hasShared, SKIP_REASON } from './shared';

export default function setup(): void {
  if (!hasShared) {
    console.warn(
      `\n[tests] ${SKIP_REASON}: every suite that reads it is skipped (each shows as one skipped test naming this reason). ` +
        'Put the corpus there, or set EDGAR_SHARED_DIR, to run them.\n',
    );
  }
}
