import { describe, expect, it } from 'vitest';
import { correctionHref } from '@/features/community/lib/corrections';

describe('correctionHref', () => {
  it('fills the record and the page into the template, encoded', () => {
    expect(
      correctionHref(
        'https://example.org/new?title={record}&body={record}%20on%20{page}',
        'people.json#ada-lin',
        '/people/ada-lin?lang=en',
      ),
    ).toBe('https://example.org/new?title=people.json%23ada-lin&body=people.json%23ada-lin%20on%20%2Fpeople%2Fada-lin%3Flang%3Den');
  });
});
