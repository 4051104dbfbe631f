import { describe, expect, it } from 'vitest';
import { searchCases } from '@/features/community/lib/cases';
import { ecosystemDataset } from '../../fixtures/community';

const source = 'https://example.org/p';
const cases = ecosystemDataset({
  cases: [
    { id: 'a', year: 2023, company: { zh: '北方银行', en: 'Nørth Bank' }, title: { zh: '迁移', en: 'Migrating' }, source },
    { id: 'b', year: 2024, company: { zh: '海城', en: 'Séaside Co' }, title: { zh: '多集群', en: 'Many clusters' }, source },
  ],
}).cases;

describe('searchCases', () => {
  it('matches title or company in either language, ignoring case and accents, newest first', () => {
    expect(searchCases(cases, '').map((c) => c.id)).toEqual(['b', 'a']);
    expect(searchCases(cases, 'seaside').map((c) => c.id)).toEqual(['b']);
    expect(searchCases(cases, '迁移').map((c) => c.id)).toEqual(['a']);
    expect(searchCases(cases, 'CLUSTER').map((c) => c.id)).toEqual(['b']);
    expect(searchCases(cases, 'nowhere')).toEqual([]);
  });
});
