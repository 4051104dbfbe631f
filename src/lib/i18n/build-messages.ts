/**
 * Strings only the build draws (share cards, README images), apart from the page catalogues so that no
 * browser downloads them. Read by src/cli/lib/messages.ts beside the page catalogues.
 */
export const buildEn = {
  'cards.footer': 'Every figure from the community’s own posts · data as of {date}',
  'cards.starsAsOf': 'GitHub stars ({date})',
  'cards.moreYears': 'and {count} more years',
  'cards.yearPeople': 'people named in the year’s lists',
  'page.noscript': 'Search, filters and the charts’ interactive views need JavaScript; the rest of this page is here without it.',
  'embed.stars.title': '{community}: GitHub stars',
  'embed.stars.desc': 'GitHub stars of each project over time, from sourced figures only; the latest is from {date}.',
  'embed.stars.asOf': 'Data as of {date}',
  'embed.stars.key':
    'Lines: dated snapshots (dashed where nothing is known). Filled circles: published figures; open circles: published lower bounds.',
  'embed.badge.stars': 'GitHub stars',
  'embed.badge.starsTitle': 'GitHub stars: {value} ({date})',
  'embed.badge.people': 'people in {year}',
  'embed.badge.peopleTitleWithheld': '{count} people listed in {year}, and at least {notShown} more not shown at their request',
  'embed.badge.peopleTitle': '{count} people listed in {year}',
} as const;

export type BuildMessageKey = keyof typeof buildEn;

export const buildZh: Record<BuildMessageKey, string> = {
  'cards.footer': '每个数字都来自社区自己的文章 · 数据截至 {date}',
  'cards.starsAsOf': 'GitHub Star 数（{date}）',
  'cards.moreYears': '另有 {count} 年',
  'cards.yearPeople': '当年名单中的人',
  'page.noscript': '搜索、筛选和图表的交互视图需要启用 JavaScript；本页其余内容无需 JavaScript 即可查看。',
  'embed.stars.title': '{community}：GitHub Star 数',
  'embed.stars.desc': '各项目 GitHub Star 数随时间的变化，只含有来源的数据；最新数据来自 {date}。',
  'embed.stars.asOf': '数据截至 {date}',
  'embed.stars.key': '折线：按日期记录的快照（虚线处没有已知数值）。实心圆：公布的数字；空心圆：公布的下限。',
  'embed.badge.stars': 'GitHub Star',
  'embed.badge.starsTitle': 'GitHub Star 数：{value}（{date}）',
  'embed.badge.people': '{year} 年列出的人',
  'embed.badge.peopleTitleWithheld': '{year} 年列出 {count} 人，另有至少 {notShown} 人应本人要求不显示',
  'embed.badge.peopleTitle': '{year} 年列出 {count} 人',
};
