"use client"

import type { ComponentProps } from "react"
import { usePathname } from "next/navigation"
import { Link } from "@/i18n/navigation"

/** A header link marked as the current page for its section (e.g. every /products/... page). */
export function NavLink({ href, locale, ...props }: ComponentProps<typeof Link> & { href: string; locale: string }) {
  const pathname = usePathname()
  const section = `/${locale}${href}`
  const current = pathname === section || pathname.startsWith(`${section}/`)
  return <Link href={href} aria-current={current ? "page" : undefined} {...props} />
}
