"use client"

import { useActionState } from "react"
import { Link } from "@/i18n/navigation"
import { addToCart, type AddToCartState } from "@/lib/actions/cart"
import { SubmitButton } from "@/modules/seller/components/submit-button"
import styles from "./add-to-cart-form.module.css"

export type AddToCartLabels = {
  quantity: string
  submit: string
  sending: string
  viewCart: string
  soldOut: string
  failed: string
}

const INITIAL: AddToCartState = { status: "idle", message: null }

/**
 * The product page's buy form: the chosen variant and a quantity, posted to a server
 * action (a plain form post without JavaScript). The answer is announced where the
 * button is. On a scriptless product page (src/edge/scriptless.ts) a small script sends
 * it instead, reading its words and classes from the data attributes.
 */
export function AddToCartForm({
  variantId,
  maxQuantity,
  labels,
}: {
  variantId: string | null
  /** Stock left; null when not tracked; 0 when sold out. */
  maxQuantity: number | null
  labels: AddToCartLabels
}) {
  const [state, formAction] = useActionState(addToCart, INITIAL)
  const soldOut = !variantId || maxQuantity === 0

  return (
    <form
      action={formAction}
      className={styles.form}
      data-enhance="add-to-cart"
      data-sending={labels.sending}
      data-view-cart={labels.viewCart}
      data-failed={labels.failed}
      data-added-class={styles.added}
      data-error-class={styles.error}
    >
      <input type="hidden" name="variant_id" value={variantId ?? ""} />
      <div className={styles.row}>
        <div className={styles.quantity}>
          <label htmlFor="add-quantity">{labels.quantity}</label>
          <input
            id="add-quantity"
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            max={maxQuantity ?? 999}
            defaultValue={1}
            required
            disabled={soldOut}
            aria-describedby={state.message ? "add-result" : undefined}
          />
        </div>
        <SubmitButton className={styles.submit} pendingLabel={labels.sending} {...(soldOut ? { disabled: true } : {})}>
          {soldOut ? labels.soldOut : labels.submit}
        </SubmitButton>
      </div>
      <div id="add-result" role={state.status === "error" ? "alert" : "status"} className={styles.result}>
        {state.message && (
          <p className={state.status === "error" ? styles.error : styles.added}>
            {state.message}
            {state.status === "added" && (
              <>
                {" "}
                <Link href="/cart">{labels.viewCart}</Link>
              </>
            )}
          </p>
        )}
      </div>
    </form>
  )
}
