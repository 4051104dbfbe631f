/** One problem found in a dataset: which file, which record, which field, what is wrong. */
export type DatasetIssue = {
  file: string;
  /** Human label of the record, e.g. `people[12] (id "guofu-tan")`; empty when the whole file is wrong. */
  record: string;
  /** Dotted path of the field inside the record, e.g. `roles.0.year`; empty for the record itself. */
  field: string;
  message: string;
};

export type DatasetErrorKind = 'http' | 'network' | 'parse' | 'schema' | 'crosscheck';

export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  readonly file: string;
  readonly kind: DatasetErrorKind;
  readonly issues: readonly DatasetIssue[];

  constructor(file: string, kind: DatasetErrorKind, issues: readonly DatasetIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.file = file;
    this.kind = kind;
    this.issues = issues;
  }
}

export function formatIssue(issue: DatasetIssue): string {
  const where = [issue.record && `record ${issue.record}`, issue.field && `field ${issue.field}`].filter(Boolean).join(', ');
  return `${issue.file}${where ? `: ${where}` : ''}: ${issue.message}`;
}

export function isDatasetError(error: unknown): error is DatasetError {
  return error instanceof DatasetError;
}
