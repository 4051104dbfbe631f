import { downloadText } from '@/lib/download';
import { peopleCsv } from '@/features/people/lib/csv';
import type { Person } from '@/features/people/schema';

/** Saves these people as `name` (CSV): loaded with the click on the list's download button. */
export function downloadPeopleCsv(name: string, people: readonly Person[]): void {
  downloadText(name, peopleCsv(people), 'text/csv;charset=utf-8');
}
