"use client"

import { useState, type FormEvent } from "react"
import type { FieldMessages } from "@/lib/util/form-errors"

/**
 * The server's field errors, minus those of fields the user has changed since: an error
 * stops showing once it is being fixed. A new answer from the server shows all again.
 */
export function useVisibleErrors(errors: FieldMessages) {
  const [edited, setEdited] = useState<{ errors: FieldMessages; names: ReadonlySet<string> }>({ errors, names: new Set() })
  const names = edited.errors === errors ? edited.names : new Set<string>()
  const visible = Object.fromEntries(Object.entries(errors).filter(([name]) => !names.has(name)))

  const markEdited = (name: string) => {
    if (!errors[name] || names.has(name)) return
    setEdited({ errors, names: new Set([...names, name]) })
  }
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement
    if (target.name) markEdited(target.name)
  }
  return { errors: visible, onChange, markEdited }
}
