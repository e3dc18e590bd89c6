import { addCalendarMonths, toCalendarDate } from "@cln/domain"
import { imageForm, PNG_1PX, productBody } from "../producer/fixtures"

/** Today on Vietnam's calendar, and a day some months before it. */
export const today = () => toCalendarDate(new Date())
export const monthsAgo = (months: number) => addCalendarMonths(today(), -months)

/** A photo of the decision, uploaded the way the producer panel does; returns its URL. */
export async function uploadEvidence(api: any, auth: object): Promise<string> {
  const res = await api.post("/producer/uploads", imageForm([{ name: "quyet-dinh-ocop.png", type: "image/png", bytes: PNG_1PX }]), auth)
  return res.data.files[0].url as string
}

/** A published product of the signed-in producer; returns its id. */
export async function publishedProduct(api: any, auth: object, sku: string, title = "Chè Shan tuyết Hồng Thái"): Promise<string> {
  const res = await api.post(
    "/producer/products",
    productBody({ title_vi: title, status: "published", variants: [{ title_vi: "Hộp 100 g", sku, price_vnd: 150000, stock: 8 }] }),
    auth
  )
  return res.data.product.id as string
}

/** A valid OCOP submission (4★, province); `over` replaces fields. */
export const ocopBody = (productId: string, evidenceUrl: string, over: Record<string, unknown> = {}) => ({
  product_id: productId,
  product_group: "drinks",
  score: 75.5,
  decision_number: "512/QĐ-UBND",
  decision_date: monthsAgo(6),
  issuing_level: "province",
  issuing_body: "UBND tỉnh Tuyên Quang",
  evidence_url: evidenceUrl,
  ...over,
})

export const storeHeaders = (publishableKey: string) => ({ headers: { "x-publishable-api-key": publishableKey } })

/** The product as /store/products returns it with its OCOP badge and claimed marks. */
export async function storeProduct(api: any, publishableKey: string, productId: string) {
  const res = await api.get(`/store/products?id[]=${productId}&fields=%2Bocop_badge.*,%2Bgeo_marks.*`, storeHeaders(publishableKey))
  return res.data.products[0]
}
