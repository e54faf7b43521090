/** The q-quantile of a sample (nearest rank). */
export const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

export const round = (x: number, d = 1): number => Math.round(x * 10 ** d) / 10 ** d;
