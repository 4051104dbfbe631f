import { DatasetErrorView } from '@/components/ui/data-boundary';
import { useSourcesError } from '@/lib/sources';

/** sources.json failed: the page still shows its figures (with bare source links) and says so, with Retry. */
export function SourcesError() {
  const { error, retry } = useSourcesError();
  if (!error) return null;
  return (
    <div className="mb-4">
      <DatasetErrorView error={error} onRetry={retry} />
    </div>
  );
}
