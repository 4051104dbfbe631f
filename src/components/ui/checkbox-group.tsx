export type CheckboxOption<T> = { value: T; label: string; /** Shown after the label: "Talented Speaker · 57". */ count?: string };

/** A fieldset of checkboxes for a multi-choice filter; `onChange` gets the new selection. */
export function CheckboxGroup<T extends string | number>({
  legend,
  options,
  selected,
  onChange,
}: {
  legend: string;
  options: readonly CheckboxOption<T>[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
}) {
  const toggle = (value: T) => onChange(selected.includes(value) ? selected.filter((x) => x !== value) : [...selected, value]);
  return (
    <fieldset>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {options.map((option) => (
          <label key={option.value} className="inline-flex items-center gap-1.5 text-sm">
            <input type="checkbox" checked={selected.includes(option.value)} onChange={() => toggle(option.value)} />
            {option.label}
            {option.count !== undefined && (
              <>
                {' '}
                <span className="text-muted">· {option.count}</span>
              </>
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
