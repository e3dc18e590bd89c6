import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react"
import styles from "./field.module.css"

/**
 * Labelled form controls with a hint and an error message tied to the control
 * (aria-describedby, aria-invalid). No state, so server and client forms both use them.
 */

type ShellProps = {
  id: string
  label: string
  hint?: ReactNode
  error?: string
  /** Shown after the label, e.g. "không bắt buộc". */
  optionalLabel?: string
  className?: string
  children: (describedBy: string | undefined) => ReactNode
}

/** A field name as an element id: "variant.r1.title_vi" → "f-variant-r1-title_vi". */
export const fieldId = (name: string) => `f-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`

function FieldShell({ id, label, hint, error, optionalLabel, className, children }: ShellProps) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined
  return (
    <div className={`${styles.field} ${error ? styles.invalid : ""} ${className ?? ""}`}>
      <label htmlFor={id} className={styles.label}>
        {label}
        {optionalLabel && <span className={styles.optional}> ({optionalLabel})</span>}
      </label>
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      {children(describedBy)}
      {error && (
        <p id={errorId} className={styles.error}>
          <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle cx="12" cy="12" r="10" fill="currentColor" />
            <path d="M12 7v6M12 16.5v.5" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
          </svg>
          <span>{error}</span>
        </p>
      )}
    </div>
  )
}

type Common = { name: string; label: string; hint?: ReactNode; error?: string; optionalLabel?: string; className?: string; id?: string }

export function TextField({
  name,
  label,
  hint,
  error,
  optionalLabel,
  className,
  id,
  ...input
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">) {
  const controlId = id ?? fieldId(name)
  return (
    <FieldShell id={controlId} label={label} hint={hint} error={error} optionalLabel={optionalLabel} className={className}>
      {(describedBy) => (
        <input
          id={controlId}
          name={name}
          className={styles.control}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...input}
        />
      )}
    </FieldShell>
  )
}

export function TextAreaField({
  name,
  label,
  hint,
  error,
  optionalLabel,
  className,
  id,
  ...textarea
}: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">) {
  const controlId = id ?? fieldId(name)
  return (
    <FieldShell id={controlId} label={label} hint={hint} error={error} optionalLabel={optionalLabel} className={className}>
      {(describedBy) => (
        <textarea
          id={controlId}
          name={name}
          className={`${styles.control} ${styles.textarea}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          rows={5}
          {...textarea}
        />
      )}
    </FieldShell>
  )
}

export function SelectField({
  name,
  label,
  hint,
  error,
  optionalLabel,
  className,
  id,
  options,
  placeholder,
  ...select
}: Common &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id"> & {
    options: readonly { value: string; label: string }[]
    /** A first, empty option. */
    placeholder?: string
  }) {
  const controlId = id ?? fieldId(name)
  return (
    <FieldShell id={controlId} label={label} hint={hint} error={error} optionalLabel={optionalLabel} className={className}>
      {(describedBy) => (
        <select
          id={controlId}
          name={name}
          className={`${styles.control} ${styles.select}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...select}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  )
}

/** A group of radio buttons as large, tappable cards (uncontrolled, so a form reset keeps the choice it was rendered with). */
export function RadioCards({
  name,
  legend,
  options,
  defaultValue,
  onChange,
  error,
}: {
  name: string
  legend: string
  options: readonly { value: string; label: string }[]
  defaultValue?: string
  onChange?: (value: string) => void
  error?: string
}) {
  const errorId = error ? `${fieldId(name)}-error` : undefined
  return (
    <fieldset className={`${styles.field} ${styles.radioGroup} ${error ? styles.invalid : ""}`} aria-describedby={errorId}>
      <legend className={styles.label}>{legend}</legend>
      <div className={styles.radioCards}>
        {options.map((option) => (
          <label key={option.value} className={styles.radioCard}>
            <input
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={defaultValue === option.value}
              onChange={onChange ? () => onChange(option.value) : undefined}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className={styles.error}>
          <span>{error}</span>
        </p>
      )}
    </fieldset>
  )
}
