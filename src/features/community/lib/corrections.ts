/**
 * The link that opens the community's issue form for one record: the template's `{record}` and `{page}`
 * replaced by the record's id and the page it is shown on (both URL-encoded).
 */
export function correctionHref(template: string, record: string, page: string): string {
  return template.replaceAll('{record}', encodeURIComponent(record)).replaceAll('{page}', encodeURIComponent(page));
}
