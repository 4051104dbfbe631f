import type { ReactNode } from 'react';

/** One column of a DataTable: its header and how a row's cell is drawn. */
export type Column<R> = {
  readonly key: string;
  readonly header: ReactNode;
  readonly cell: (row: R) => ReactNode;
  /** Numbers align right with tabular figures. */
  readonly numeric?: boolean;
  /** The cell that names its row (a `<th scope="row">`). */
  readonly rowHeader?: boolean;
  readonly className?: string;
};

/**
 * The one table of the app: typed columns, numeric alignment, row headers, a caption (visible or for
 * screen readers) and horizontal overflow on narrow screens. `maxHeight` scrolls long tables in place.
 */
export function DataTable<R>({
  caption,
  captionVisible = false,
  columns,
  rows,
  rowKey,
  scroll = false,
}: {
  caption: string;
  captionVisible?: boolean;
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R, index: number) => string;
  /** Long tables scroll within a box rather than push the page down. */
  scroll?: boolean;
}) {
  return (
    // The wrapper scrolls a wide table sideways on a phone (or a long one in place): a scrollable region
    // must be reachable and named for keyboard and screen-reader users (axe: scrollable-region-focusable).
    <div
      className={scroll ? 'max-h-[32rem] overflow-auto focus-ring' : 'overflow-x-auto focus-ring'}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <table className="data-table">
        <caption className={captionVisible ? 'mb-2 text-left font-medium' : 'sr-only'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={[column.numeric ? 'num' : '', column.className ?? ''].join(' ').trim() || undefined}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)}>
              {columns.map((column) => {
                const className = [column.numeric ? 'num' : '', column.className ?? ''].join(' ').trim() || undefined;
                return column.rowHeader ? (
                  <th key={column.key} scope="row" className={className}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className={className}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
