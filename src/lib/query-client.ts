import { QueryClient } from '@tanstack/react-query';
import { isDatasetError } from '@/lib/dataset-error';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        // A file that is invalid will stay invalid: retry only network-level failures, once.
        retry: (count, error) => count < 1 && isDatasetError(error) && (error.kind === 'network' || error.kind === 'http'),
      },
    },
  });
}
