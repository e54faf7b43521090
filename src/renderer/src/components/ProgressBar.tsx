/** A determinate bar (0–100), or a short indeterminate sliver while the total is unknown. */
export function ProgressBar({ label, percent }: { label: string; percent: number | null }) {
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent ?? undefined}
    >
      <div style={{ width: `${percent ?? 4}%` }} />
    </div>
  );
}
