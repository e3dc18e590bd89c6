"use client"

import type { ButtonHTMLAttributes } from "react"
import { useFormStatus } from "react-dom"
import buttons from "./buttons.module.css"

/**
 * A form's submit button that is disabled while its form is sending, and says so when
 * it is the button that sent it (its `name`/`value` are in the submitted data).
 */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  className,
  ...button
}: ButtonHTMLAttributes<HTMLButtonElement> & { pendingLabel?: string; variant?: "primary" | "secondary" | "danger" }) {
  const { pending, data } = useFormStatus()
  const name = typeof button.name === "string" ? button.name : undefined
  const mine = pending && (!name || data?.get(name) === button.value)
  const variantClass = variant === "secondary" ? "button-secondary" : variant === "danger" ? buttons.danger : ""
  return (
    <button
      type="submit"
      className={`button ${buttons.button} ${variantClass} ${className ?? ""}`}
      disabled={pending}
      aria-disabled={pending || undefined}
      {...button}
    >
      {mine && pendingLabel ? pendingLabel : children}
    </button>
  )
}
