/** Cells a people table uses as its header: never a person. */
const HEADER_WORDS = new Set(
  [
    'name',
    'names',
    'id',
    'github',
    'github id',
    'certificate',
    'certificates',
    'link',
    'links',
    'company',
    'affiliation',
    'no.',
    'no',
    '#',
    'role',
    'year',
    'speaker',
    'speakers',
  ].concat(['姓名', '名字', '名称', '证书', '领取证书', '证书链接', '链接', '公司', '单位', '序号', '编号', '讲师', '角色', '年份']),
);

/** The longest name the tools accept: longer is a sentence or a cell that swallowed its row. */
export const MAX_NAME_LENGTH = 60;

/** Why `text` cannot be a person's name as a post lists it, or undefined when it can. */
export function nameProblem(text: string): string | undefined {
  const name = text.trim();
  if (name.replace(/[\s\u200B-\u200F\u2028-\u202F\u205F-\u206F\uFEFF]/gu, '') === '') return 'blank';
  if (name.length > MAX_NAME_LENGTH) return `longer than ${String(MAX_NAME_LENGTH)} characters`;
  if (/https?:|www\.|:\/\//i.test(name)) return 'a URL';
  if (/[<>]|\]\(|^\[|\*\*|`/.test(name)) return 'markup';
  if (/^:?-{2,}:?$/.test(name)) return 'a table separator';
  if (HEADER_WORDS.has(name.toLowerCase())) return 'a header word';
  return undefined;
}
