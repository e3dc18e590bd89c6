/** What the ownership rule reads of a cart: its customer, if it has one. */
export type CartOwnerView = {
  customer?: { id: string; has_account?: boolean | null } | null
} | null | undefined

/**
 * A cart of a registered customer is theirs alone: anyone else (another customer or a
 * visitor who is not signed in) is told it does not exist. A guest cart stays open to
 * whoever holds its id, as in Medusa, and so does a cart whose customer is the guest
 * record Medusa creates from an email (has_account false).
 */
export function isCartHiddenFrom(cart: CartOwnerView, customerId: string | null | undefined): boolean {
  const owner = cart?.customer
  return !!owner?.has_account && owner.id !== customerId
}

/** The one answer for a cart that does not exist and a cart that is not the caller's. */
export function cartNotFoundMessage(cartId: string): string {
  return `Không tìm thấy giỏ hàng / Cart not found: ${cartId}`
}
