/**
 * A chart's colour key as HTML under the plot. Recharts' own <Legend> costs about a third of a bar
 * chart's first render (it measures itself and re-renders the chart); a list of swatches costs nothing.
 */
export function ChartLegend({ items }: { items: readonly { label: string; colour: string }[] }) {
  return (
    <ul className="mt-2 flex flex-wrap justify-center gap-x-4 gap-y-1 text-sm">
      {items.map((item) => (
        <li key={item.label} className="inline-flex items-center gap-1.5">
          <span className="inline-block h-3 w-3 rounded-sm" style={{ background: item.colour }} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
