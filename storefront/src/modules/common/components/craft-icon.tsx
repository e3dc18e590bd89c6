import type { ReactNode } from "react"

/** Line icons for the crafts (category handles); decorative, the craft's name is always beside them. */
const PATHS: Record<string, ReactNode> = {
  tea: (
    <>
      <path d="M5 19c0-8 6-14 14-14 0 8-6 14-14 14Z" />
      <path d="M5 19 14 10" />
    </>
  ),
  brocade: (
    <>
      <path d="M12 3l9 9-9 9-9-9z" />
      <path d="M12 8l4 4-4 4-4-4z" />
    </>
  ),
  "hemp-linen": (
    <>
      <rect x="6" y="3" width="12" height="4" rx="1" />
      <rect x="6" y="17" width="12" height="4" rx="1" />
      <path d="M8.5 7v10M12 7v10M15.5 7v10" />
    </>
  ),
  "bamboo-rattan": (
    <>
      <path d="M2 17h20" />
      <path d="M4 17 12 5l8 12" />
      <path d="M8 17l4-6 4 6" />
    </>
  ),
  food: (
    <>
      <path d="M3 11h18a9 9 0 0 1-18 0Z" />
      <path d="M9 8c0-2 2-2 2-4M14 8c0-2 2-2 2-4" />
    </>
  ),
  honey: (
    <>
      <path d="M12 3l7.8 4.5v9L12 21l-7.8-4.5v-9z" />
      <path d="M12 8.5l3 1.75v3.5L12 15.5l-3-1.75v-3.5z" />
    </>
  ),
  fruit: (
    <>
      <circle cx="12" cy="13.5" r="7" />
      <path d="M12 6.5c0-2 1.5-3.5 4-3.5" />
    </>
  ),
  liquor: (
    <>
      <path d="M10 3h4v4l2 3v10a1 1 0 0 1-1 1H9a1 1 0 0 1-1-1V10l2-3z" />
      <path d="M8 14h8" />
    </>
  ),
}

const FALLBACK = <circle cx="12" cy="12" r="8" />

export function CraftIcon({ handle, size = 28 }: { handle: string; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[handle] ?? FALLBACK}
    </svg>
  )
}
