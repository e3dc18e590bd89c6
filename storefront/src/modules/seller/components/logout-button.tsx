import { getTranslations } from "next-intl/server"
import { logoutSeller } from "@/lib/actions/seller"
import buttons from "./buttons.module.css"

/** Sign out is a form, so it works without JavaScript. */
export async function LogoutButton({ className }: { className?: string }) {
  const t = await getTranslations("seller.nav")
  return (
    <form action={logoutSeller} className={className}>
      <button type="submit" className={buttons.link}>
        <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true" focusable="false">
          <path d="M15 4h4v16h-4M10 8l-4 4 4 4M6 12h10" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {t("logout")}
      </button>
    </form>
  )
}
