/** A page's skeleton while its code and data load: it takes about a screen, so nothing below jumps. */
export function PageLoading() {
  return (
    <div className="min-h-[60vh] space-y-4" aria-hidden="true">
      <div className="h-40 animate-pulse rounded-lg bg-surface-2" />
      <div className="h-64 animate-pulse rounded-lg bg-surface-2" />
    </div>
  );
}
