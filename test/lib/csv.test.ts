import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/csv';

describe('toCsv', () => {
  it('writes a header and rows, numbers as numbers, empty for missing values', () => {
    expect(
      toCsv(
        ['repo', 'stars', 'note'],
        [
          ['a/b', 1200, null],
          ['c/d', 0, undefined],
        ],
      ),
    ).toBe('repo,stars,note\r\na/b,1200,\r\nc/d,0,\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv(['name'], [['Lin, Ada'], ['say "hi"'], ['two\nlines']])).toBe('name\r\n"Lin, Ada"\r\n"say ""hi"""\r\n"two\nlines"\r\n');
  });

  it.each([
    ['=HYPERLINK("https://evil.example","click")', `"'=HYPERLINK(""https://evil.example"",""click"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', `"'\r=1"`],
  ])('neutralises the formula %j', (value, written) => {
    expect(toCsv(['x'], [[value]])).toBe(`x\r\n${written}\r\n`);
  });

  it('leaves negative numbers and ordinary text alone', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [-5, 'Ada Lin'],
          [3.5, '林晓光'],
        ],
      ),
    ).toBe('a,b\r\n-5,Ada Lin\r\n3.5,林晓光\r\n');
  });
});
