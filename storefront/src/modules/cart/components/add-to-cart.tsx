import { getTranslations } from "next-intl/server"
import type { ShopVariant } from "@/lib/types"
import { variantStock } from "@/lib/util/stock"
import { AddToCartForm } from "./add-to-cart-form"

/** The product page's buy form with its words, for the chosen variant. */
export async function AddToCart({ variant }: { variant: ShopVariant | null | undefined }) {
  const t = await getTranslations("cart.add")
  const stock = variant ? variantStock(variant) : null
  const max = !stock || !stock.available ? 0 : stock.quantity
  return (
    <AddToCartForm
      variantId={variant?.id ?? null}
      maxQuantity={max}
      labels={{ quantity: t("quantity"), submit: t("submit"), sending: t("sending"), viewCart: t("viewCart"), soldOut: t("soldOut"), failed: t("failed") }}
    />
  )
}
