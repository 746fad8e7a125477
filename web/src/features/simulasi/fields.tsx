import type { ReactNode } from 'react';
import { groupAmount } from './input';

type MoneyInputProps = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  isInvalid: boolean;
  describedBy?: string;
  testId: string;
  placeholder?: string;
};

/** Rupiah as people write it ("1.000.000", "Rp 1.000.000"); grouped with dots when the field is left. */
export function MoneyInput({ id, value, onChange, isInvalid, describedBy, testId, placeholder }: MoneyInputProps) {
  return (
    <div className="input-affix">
      <span className="input-affix-text" aria-hidden="true">
        Rp
      </span>
      <input
        id={id}
        data-testid={testId}
        inputMode="numeric"
        autoComplete="off"
        value={value}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
        onBlur={() => onChange(groupAmount(value))}
        aria-invalid={isInvalid}
        aria-describedby={describedBy}
      />
    </div>
  );
}

type Option<T extends string | number> = { value: T; label: string };

type SegmentedProps<T extends string | number> = {
  name: string;
  legend: ReactNode;
  options: readonly Option<T>[];
  value: T;
  onChange: (value: T) => void;
  testId: string;
  hint?: ReactNode;
};

/** A few choices side by side (radio buttons that look like a switch). */
export function Segmented<T extends string | number>({ name, legend, options, value, onChange, testId, hint }: SegmentedProps<T>) {
  return (
    <fieldset className="field segmented-field">
      <legend>{legend}</legend>
      <div className="segmented" data-testid={testId}>
        {options.map((option) => (
          <label key={option.value} className="segmented-option" data-testid={`${testId}-${option.value}`}>
            <input type="radio" name={name} checked={option.value === value} onChange={() => onChange(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {hint ? <p className="hint">{hint}</p> : null}
    </fieldset>
  );
}

/** aria-describedby from the ids that are present. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return present.length > 0 ? present.join(' ') : undefined;
}
