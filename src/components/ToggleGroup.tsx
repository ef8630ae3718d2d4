/**
 * A row of toggle buttons, one pressed: the map/table/method switch, the flat/globe switch. The
 * pressed one is the store's value; a click sets it (views.css `.toggle-group`).
 */
export function ToggleGroup<T extends string>({
  label,
  values,
  value,
  labelOf,
  onChange,
  className,
}: {
  label: string;
  values: readonly T[];
  value: T;
  labelOf: (value: T) => string;
  onChange: (value: T) => void;
  className: string;
}) {
  return (
    <div className={`toggle-group ${className}`} role="group" aria-label={label}>
      {values.map((option) => (
        <button key={option} type="button" aria-pressed={value === option} onClick={() => onChange(option)}>
          {labelOf(option)}
        </button>
      ))}
    </div>
  );
}
