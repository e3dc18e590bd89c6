import type { ReactNode } from "react"

/**
 * The real root layout, with <html lang>, is app/[locale]/layout.tsx. This one only
 * exists so that app/not-found.tsx has a layout for URLs outside any locale.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children
}
