export function PageLoading() {
  return <div className="h-40 animate-pulse rounded-lg bg-surface-2" aria-hidden="true" />;
}
