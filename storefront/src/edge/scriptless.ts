import { enhanceAddToCart } from "./enhance/add-to-cart"

/**
 * Product pages as the edge keeps them: without Next.js's scripts. A product page is the
 * page most visitors land on (from search, a shared link or a label), often on a cheap
 * phone on a slow network, and it is read, not used as an app: its only interactive part
 * is the buy form. Next.js's runtime (React DOM, the router) is about 125 KB of gzip
 * scripts that every App Router page loads; without it the page is HTML, CSS and one small
 * inline script for the buy form (./enhance/add-to-cart.ts). Links then load the next page
 * whole (the edge keeps catalogue pages, so that is fast); pages reached by client-side
 * navigation from a page that has the runtime are rendered by React as before.
 *
 * Kept: JSON-LD (`application/ld+json`: data for search engines, not a program) and
 * everything that is not a script. Removed: every other <script> (the runtime's files and
 * the React payload inlined for hydration) and the links that preload scripts.
 */
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/g
const JSON_LD = /\btype=["']?application\/ld\+json/i
const SCRIPT_PRELOAD = /<link\b[^>]*\b(?:as="script"|rel="modulepreload")[^>]*>/g
/**
 * Parts a streamed render leaves for its scripts to move into place (a Suspense
 * boundary's fallback and its hidden content): without the scripts they would stay hidden.
 */
const STREAMED_SEGMENT = /<div hidden id="S:|<template id="B:/

export const PRODUCT_PAGE_PATH = /^\/(?:vi|en)\/products\/[^/?#]+\/?(?:\?|$)/

const ENHANCE = `<script>(${enhanceAddToCart.toString()})()</script>`

/** The page without Next.js's scripts, or null when it cannot do without them. */
export function scriptlessPage(html: string): string | null {
  if (STREAMED_SEGMENT.test(html)) return null
  const bodyEnd = html.lastIndexOf("</body>")
  if (bodyEnd === -1) return null
  const stripped = (part: string) => part.replace(SCRIPT, (element, attributes: string) => (JSON_LD.test(attributes) ? element : "")).replace(SCRIPT_PRELOAD, "")
  return `${stripped(html.slice(0, bodyEnd))}${ENHANCE}${stripped(html.slice(bodyEnd))}`
}
