/**
 * The VNPay return page: it forwards VNPay's query (vnp_* only) to the backend, which
 * checks the signature, and words the answer. Only the IPN records a payment, so a paid
 * answer whose IPN has not come yet is said as "the bank says paid, we are confirming".
 */

export type VnpayReturnAnswer = {
  verified: boolean
  paid: boolean
  response_code: string | null
  amount: number | null
  purchase_id: string | null
  payment_status: "captured" | "failed" | "awaiting_ipn" | null
}

export type VnpayOutcome = "confirmed" | "confirming" | "notPaid" | "invalid"

/** Only VNPay's own parameters, each once, at most 30 and 500 characters each. */
export function vnpayQuery(searchParams: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(searchParams)) {
    if (!/^vnp_[A-Za-z]+$/.test(key)) continue
    const first = Array.isArray(value) ? value[0] : value
    if (typeof first !== "string" || first.length > 500) continue
    out[key] = first
    if (Object.keys(out).length >= 30) break
  }
  return out
}

export function vnpayOutcome(answer: VnpayReturnAnswer | null): VnpayOutcome {
  if (!answer || !answer.verified) return "invalid"
  if (answer.payment_status === "captured") return "confirmed"
  if (answer.payment_status === "failed" || !answer.paid) return "notPaid"
  return "confirming"
}
