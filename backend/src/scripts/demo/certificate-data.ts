/**
 * Demo certificates for "Chợ Làng Nghề": OCOP ratings of seeded products and the
 * geographical indications of Tuyên Quang (after its 2025 merger with Hà Giang).
 *
 * DEMO DATA. The GI names and certificate numbers are the ones listed in
 * ../shared/DOMAIN.md (Cục Sở hữu trí tuệ registrations); everything else (OCOP scores,
 * decision numbers and dates, certificate numbers, measured properties, commune lists and
 * their pre-2025 names, the map polygons, who holds which right) is compiled or invented
 * for demonstration and must be checked against the official decisions (GI registrations;
 * Nghị quyết 1684/NQ-UBTVQH15 of 2025 on Tuyên Quang's communes) before real use.
 * OCOP decision dates are given as months before the seed runs, so the demo ratings
 * stay current whenever it runs.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { addCalendarDays, addCalendarMonths, toCalendarDate, type MarkAreaEntry, type MarkKind, type OcopProductGroup } from "@cln/domain"
import { submitOcopCertificateWorkflow } from "../../workflows/certificates/workflows/submit-ocop-certificate"
import { verifyOcopCertificateWorkflow } from "../../workflows/certificates/workflows/review-ocop-certificate"
import { createGeoMarkWorkflow } from "../../workflows/certificates/workflows/create-geo-mark"
import { grantMarkRightWorkflow } from "../../workflows/certificates/workflows/grant-mark-right"
import { claimProductMarkWorkflow } from "../../workflows/certificates/workflows/claim-product-mark"

export type DemoOcopCertificate = {
  product_handle: string
  product_group: OcopProductGroup
  score: number
  issuing_level: "province" | "central"
  issuing_body: string
  certificate_number: string
  decision_number: string
  /** The decision date, as months (and days) before the day the seed runs. */
  decided_months_ago: number
  decided_days_ago?: number
  /** false: left submitted, waiting in the officers' queue. */
  verified: boolean
}

const PROVINCE = "UBND tỉnh Tuyên Quang"
const CENTRAL = "Bộ Nông nghiệp và Môi trường (Hội đồng OCOP Trung ương)"

export const OCOP_CERTIFICATES: DemoOcopCertificate[] = [
  // The score reported for Hồng Thái Shan tuyết tea; 5★ is certified centrally.
  { product_handle: "che-shan-tuyet-hong-thai-bup-xanh", product_group: "drinks", score: 94.9, issuing_level: "central", issuing_body: CENTRAL, certificate_number: "TW-OCOP-0412", decision_number: "2861/QĐ-BNNMT", decided_months_ago: 10, verified: true },
  { product_handle: "tra-xanh-shan-tuyet-phin-ho", product_group: "drinks", score: 91.5, issuing_level: "central", issuing_body: CENTRAL, certificate_number: "TW-OCOP-0388", decision_number: "1954/QĐ-BNNMT", decided_months_ago: 20, verified: true },
  { product_handle: "che-bup-ngoc-thuy", product_group: "drinks", score: 78, issuing_level: "province", issuing_body: PROVINCE, certificate_number: "TQ-OCOP-2026-041", decision_number: "512/QĐ-UBND", decided_months_ago: 8, verified: true },
  { product_handle: "banh-gai-chiem-hoa", product_group: "food", score: 76.5, issuing_level: "province", issuing_body: PROVINCE, certificate_number: "TQ-OCOP-2025-118", decision_number: "1730/QĐ-UBND", decided_months_ago: 14, verified: true },
  // Ends about 45 days after the seed runs: it shows in the officers' "expiring within 90 days" list.
  { product_handle: "mat-ong-huong-rung", product_group: "food", score: 72, issuing_level: "province", issuing_body: PROVINCE, certificate_number: "TQ-OCOP-2024-027", decision_number: "388/QĐ-UBND", decided_months_ago: 34, decided_days_ago: 15, verified: true },
  { product_handle: "chan-tho-cam-tay-lam-binh", product_group: "handicrafts", score: 71, issuing_level: "province", issuing_body: PROVINCE, certificate_number: "TQ-OCOP-2025-131", decision_number: "1730/QĐ-UBND", decided_months_ago: 14, verified: true },
  { product_handle: "cam-sanh-ham-yen", product_group: "food", score: 64, issuing_level: "province", issuing_body: PROVINCE, certificate_number: "TQ-OCOP-2026-077", decision_number: "905/QĐ-UBND", decided_months_ago: 5, verified: true },
  { product_handle: "mien-dong-hop-thanh", product_group: "food", score: 58, issuing_level: "province", issuing_body: PROVINCE, certificate_number: "TQ-OCOP-2025-142", decision_number: "1730/QĐ-UBND", decided_months_ago: 14, verified: true },
  // Waiting for an officer.
  { product_handle: "mat-ong-bac-ha-meo-vac", product_group: "food", score: 68, issuing_level: "province", issuing_body: PROVINCE, certificate_number: "TQ-OCOP-2026-093", decision_number: "1102/QĐ-UBND", decided_months_ago: 1, verified: false },
]

export type DemoGeoMark = {
  handle: string
  kind: MarkKind
  name: string
  name_en: string
  certificate_number: string | null
  product_name: string
  managing_body: string
  description: string
  description_en: string
  properties: { name: string; name_en: string; value: string }[]
  area: MarkAreaEntry[]
  /** Approximate outline for the map (demo), not the registered boundary. */
  area_geojson: Record<string, unknown> | null
}

const TQ = "Tuyên Quang"
const area = (entries: [string, string[]][]): MarkAreaEntry[] =>
  entries.map(([commune, former_names]) => ({ commune, province: TQ, former_names }))

/** A rough rectangle around a place, marked as approximate demo data. */
function approximateBox(name: string, west: number, south: number, east: number, north: number) {
  return {
    type: "FeatureCollection",
    features: [
      {
        type: "Feature",
        properties: { name, approximate: true, note: "Demo outline, not the registered boundary / Ranh giới minh họa, không phải bản đồ đăng ký" },
        geometry: { type: "Polygon", coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] },
      },
    ],
  }
}

export const GEO_MARKS: DemoGeoMark[] = [
  {
    handle: "cam-sanh-ham-yen",
    kind: "geographic_indication",
    name: "Cam sành Hàm Yên",
    name_en: "Hàm Yên king orange",
    certificate_number: "00085",
    product_name: "Cam sành",
    managing_body: "UBND tỉnh Tuyên Quang",
    description:
      "Chỉ dẫn địa lý số 00085 (2020) cho cam sành trồng trên đất đồi vùng Hàm Yên. Quả vỏ sần, khi chín chuyển từ xanh sang vàng cam; múi đỏ cam, mọng nước, vị ngọt đậm hơi chua.",
    description_en:
      "Geographical indication no. 00085 (2020) for king oranges grown on the hill soils of Hàm Yên. The rough peel turns from green to orange-yellow as it ripens; the segments are orange-red and juicy, sweet with a little acidity.",
    properties: [
      { name: "Khối lượng quả", name_en: "Fruit weight", value: "220–350 g (demo)" },
      { name: "Độ Brix", name_en: "Brix", value: "≥ 9,5% (demo)" },
      { name: "Tỷ lệ nước quả", name_en: "Juice content", value: "≥ 40% (demo)" },
      { name: "Vỏ", name_en: "Peel", value: "Sần, dày 3–4 mm, dễ bóc / rough, 3–4 mm, easy to peel (demo)" },
    ],
    area: area([
      ["xã Phù Lưu", ["xã Phù Lưu", "xã Minh Hương"]],
      ["xã Hàm Yên", ["thị trấn Tân Yên", "xã Tân Thành", "xã Bằng Cốc"]],
      ["xã Yên Phú", ["xã Yên Phú", "xã Yên Lâm", "xã Minh Dân"]],
      ["xã Bạch Xa", ["xã Bạch Xa", "xã Minh Khương"]],
      ["xã Thái Sơn", ["xã Thái Sơn", "xã Thái Hòa", "xã Đức Ninh"]],
      ["xã Bình Xa", ["xã Bình Xa", "xã Yên Thuận"]],
    ]),
    area_geojson: approximateBox("Vùng cam sành Hàm Yên (xấp xỉ)", 104.95, 21.95, 105.25, 22.25),
  },
  {
    handle: "che-shan-tuyet-na-hang",
    kind: "geographic_indication",
    name: "Chè Shan tuyết Na Hang",
    name_en: "Na Hang Shan tuyết tea",
    certificate_number: "00104",
    product_name: "Chè Shan tuyết",
    managing_body: "UBND tỉnh Tuyên Quang",
    description:
      "Chỉ dẫn địa lý số 00104 (2021) cho chè xanh làm từ búp chè Shan tuyết cổ thụ trên núi đá vôi Na Hang. Búp phủ lông tơ trắng, nước xanh vàng sáng, vị chát dịu rồi ngọt hậu.",
    description_en:
      "Geographical indication no. 00104 (2021) for green tea from the buds of old Shan tuyết trees on Na Hang's limestone mountains. Buds covered in white down; a bright green-yellow liquor, gently astringent with a sweet finish.",
    properties: [
      { name: "Độ cao vùng chè", name_en: "Altitude", value: "≥ 800 m (demo)" },
      { name: "Hàm lượng tanin", name_en: "Tannin", value: "28–32% chất khô (demo)" },
      { name: "Chất hòa tan", name_en: "Water extract", value: "≥ 42% (demo)" },
    ],
    area: area([
      ["xã Hồng Thái", ["xã Hồng Thái", "xã Sơn Phú", "xã Đà Vị"]],
      ["xã Na Hang", ["thị trấn Na Hang", "xã Năng Khả"]],
      ["xã Thượng Nông", ["xã Thượng Nông", "xã Thượng Giáp"]],
      ["xã Côn Lôn", ["xã Côn Lôn", "xã Sinh Long"]],
      ["xã Yên Hoa", ["xã Yên Hoa", "xã Khâu Tinh"]],
    ]),
    area_geojson: approximateBox("Vùng chè Shan tuyết Na Hang (xấp xỉ)", 105.25, 22.25, 105.55, 22.65),
  },
  {
    handle: "buoi-soi-ha",
    kind: "geographic_indication",
    name: "Bưởi Soi Hà",
    name_en: "Soi Hà pomelo",
    certificate_number: "00109",
    product_name: "Bưởi",
    managing_body: "UBND tỉnh Tuyên Quang",
    description:
      "Chỉ dẫn địa lý số 00109 (2021) cho bưởi trồng trên bãi bồi sông Lô ở Soi Hà. Quả tròn dẹt, vỏ mỏng vàng xanh, tép vàng nhạt ráo nước, vị ngọt thanh không đắng.",
    description_en:
      "Geographical indication no. 00109 (2021) for pomelos grown on the Lô river alluvium at Soi Hà. Round, slightly flat fruit with a thin yellow-green peel; pale, dry-firm pulp, mildly sweet and never bitter.",
    properties: [
      { name: "Khối lượng quả", name_en: "Fruit weight", value: "0,9–1,4 kg (demo)" },
      { name: "Độ Brix", name_en: "Brix", value: "≥ 10% (demo)" },
      { name: "Độ dày vỏ", name_en: "Peel thickness", value: "12–15 mm (demo)" },
    ],
    area: area([["xã Xuân Vân", ["xã Xuân Vân", "xã Trung Trực", "xã Phúc Ninh"]]]),
    area_geojson: approximateBox("Vùng bưởi Soi Hà (xấp xỉ)", 105.2, 21.9, 105.32, 22.0),
  },
  {
    handle: "mat-ong-bac-ha-meo-vac",
    kind: "geographic_indication",
    name: "Mật ong bạc hà Mèo Vạc",
    name_en: "Mèo Vạc mint honey",
    certificate_number: "00035",
    product_name: "Mật ong bạc hà",
    managing_body: "UBND tỉnh Tuyên Quang (trước đây UBND tỉnh Hà Giang)",
    description:
      "Chỉ dẫn địa lý số 00035 (2013) cho mật ong của ong nội lấy từ hoa bạc hà dại trên cao nguyên đá Đồng Văn. Mật màu vàng chanh, thơm mùi bạc hà, để lâu kết tinh mịn.",
    description_en:
      "Geographical indication no. 00035 (2013) for honey made by native bees from wild mint flowers on the Đồng Văn karst plateau. Lemon-yellow, mint-scented, crystallising finely with time.",
    properties: [
      { name: "Thủy phần", name_en: "Moisture", value: "≤ 21% (demo)" },
      { name: "Đường khử", name_en: "Reducing sugars", value: "≥ 70% (demo)" },
      { name: "Mùa thu hoạch", name_en: "Harvest", value: "Tháng 10 – tháng 12 / October–December" },
    ],
    area: area([
      ["xã Mèo Vạc", ["thị trấn Mèo Vạc", "xã Pả Vi", "xã Tả Lủng"]],
      ["xã Pải Lủng", ["xã Pải Lủng", "xã Pả Vi Thượng"]],
      ["xã Khâu Vai", ["xã Khâu Vai", "xã Cán Chu Phìn"]],
      ["xã Sơn Vĩ", ["xã Sơn Vĩ", "xã Xín Cái"]],
      ["xã Đồng Văn", ["thị trấn Đồng Văn", "xã Tả Phìn"]],
      ["xã Yên Minh", ["thị trấn Yên Minh", "xã Đông Minh"]],
      ["xã Quản Bạ", ["thị trấn Tam Sơn", "xã Quyết Tiến"]],
    ]),
    area_geojson: approximateBox("Cao nguyên đá Đồng Văn (xấp xỉ)", 105.0, 22.95, 105.55, 23.35),
  },
  {
    handle: "hong-khong-hat-quan-ba",
    kind: "geographic_indication",
    name: "Hồng không hạt Quản Bạ",
    name_en: "Quản Bạ seedless persimmon",
    certificate_number: "00056",
    product_name: "Hồng không hạt",
    managing_body: "UBND tỉnh Tuyên Quang (trước đây UBND tỉnh Hà Giang)",
    description:
      "Chỉ dẫn địa lý số 00056 (2017) cho hồng không hạt trồng trên cao nguyên Quản Bạ. Quả dẹt, chín có màu vàng cam, thịt giòn, ngọt đậm, không hạt.",
    description_en:
      "Geographical indication no. 00056 (2017) for seedless persimmons grown on the Quản Bạ plateau. Flat fruit, orange-yellow when ripe, crisp, very sweet and seedless.",
    properties: [
      { name: "Khối lượng quả", name_en: "Fruit weight", value: "150–200 g (demo)" },
      { name: "Độ Brix", name_en: "Brix", value: "≥ 16% (demo)" },
      { name: "Hạt", name_en: "Seeds", value: "Không hạt / none" },
    ],
    area: area([
      ["xã Quản Bạ", ["thị trấn Tam Sơn", "xã Quản Bạ", "xã Quyết Tiến"]],
      ["xã Tùng Vài", ["xã Tùng Vài", "xã Cao Mã Pờ", "xã Tả Ván"]],
      ["xã Cán Tỷ", ["xã Cán Tỷ", "xã Bát Đại Sơn"]],
      ["xã Nghĩa Thuận", ["xã Nghĩa Thuận", "xã Thanh Vân"]],
      ["xã Lùng Tám", ["xã Lùng Tám", "xã Đông Hà"]],
    ]),
    area_geojson: approximateBox("Cao nguyên Quản Bạ (xấp xỉ)", 104.9, 22.98, 105.12, 23.15),
  },
  {
    handle: "ruou-ngo-men-la-na-hang",
    kind: "geographic_indication",
    name: "Rượu ngô men lá Na Hang",
    name_en: "Na Hang leaf-yeast corn liquor",
    // The registration number could not be confirmed (DOMAIN.md: "number: check").
    certificate_number: null,
    product_name: "Rượu ngô men lá",
    managing_body: "UBND tỉnh Tuyên Quang",
    description:
      "Rượu nấu từ ngô địa phương lên men bằng men lá rừng theo cách của người Dao, người Tày ở Na Hang. Số văn bằng bảo hộ chưa được xác minh trong dữ liệu minh họa.",
    description_en:
      "Liquor distilled from local corn fermented with forest-leaf yeast, as the Dao and Tày of Na Hang make it. The registration number is not confirmed in this demo data.",
    properties: [
      { name: "Độ cồn", name_en: "Alcohol", value: "29–35% vol (demo)" },
      { name: "Men", name_en: "Yeast", value: "Men lá rừng tự làm / home-made forest-leaf yeast" },
    ],
    area: area([
      ["xã Na Hang", ["thị trấn Na Hang", "xã Năng Khả"]],
      ["xã Hồng Thái", ["xã Hồng Thái", "xã Sơn Phú", "xã Đà Vị"]],
      ["xã Thượng Nông", ["xã Thượng Nông", "xã Thượng Giáp"]],
    ]),
    area_geojson: null,
  },
]

/** Rights of use granted to seeded producers whose commune is in the area, and the products claiming the mark. */
export const MARK_RIGHTS: { mark_handle: string; producer_handle: string; granted_months_ago: number; product_handles: string[] }[] = [
  { mark_handle: "cam-sanh-ham-yen", producer_handle: "cong-ty-nong-san-ham-yen", granted_months_ago: 30, product_handles: ["cam-sanh-ham-yen", "hop-qua-cam-sanh-ham-yen"] },
  {
    mark_handle: "che-shan-tuyet-na-hang",
    producer_handle: "htx-son-tra-hong-thai",
    granted_months_ago: 40,
    product_handles: ["che-shan-tuyet-hong-thai-bup-xanh", "bach-tra-shan-tuyet-hong-thai", "hong-tra-shan-tuyet-hong-thai", "tra-shan-tuyet-hong-thai-ep-banh"],
  },
  { mark_handle: "buoi-soi-ha", producer_handle: "ho-nguyen-van-thang-soi-ha", granted_months_ago: 36, product_handles: ["buoi-soi-ha", "hop-qua-buoi-soi-ha"] },
  { mark_handle: "mat-ong-bac-ha-meo-vac", producer_handle: "ho-sung-mi-cho", granted_months_ago: 60, product_handles: ["mat-ong-bac-ha-meo-vac", "mat-ong-bac-ha-ket-tinh"] },
  { mark_handle: "hong-khong-hat-quan-ba", producer_handle: "htx-hong-khong-hat-quan-ba", granted_months_ago: 48, product_handles: ["hong-khong-hat-quan-ba"] },
]

/** A stand-in for the photo of a paper decision, uploaded as evidence. */
function decisionScan(c: DemoOcopCertificate, decisionDate: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="594" viewBox="0 0 420 594"><rect width="420" height="594" fill="#fdfaf3"/><text x="210" y="60" text-anchor="middle" font-family="serif" font-size="16">${c.issuing_body.replace(/&/g, "&amp;")}</text><text x="210" y="110" text-anchor="middle" font-family="serif" font-size="20" font-weight="bold">QUYẾT ĐỊNH ${c.decision_number}</text><text x="210" y="140" text-anchor="middle" font-family="serif" font-size="14">ngày ${decisionDate}</text><text x="210" y="200" text-anchor="middle" font-family="serif" font-size="14">Công nhận sản phẩm OCOP: ${c.product_handle}</text><text x="210" y="230" text-anchor="middle" font-family="serif" font-size="14">Điểm ${c.score} – Giấy chứng nhận ${c.certificate_number}</text><text x="210" y="560" text-anchor="middle" font-family="sans-serif" font-size="12" fill="#a33">DỮ LIỆU MINH HỌA / DEMO</text></svg>`
}

/** OCOP certificates, marks, rights and claims of the demo (each only when missing, so a rerun adds nothing). */
export async function seedCertificates(container: ExecArgs["container"]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const today = toCalendarDate(new Date())

  const productHandles = [...new Set([...OCOP_CERTIFICATES.map((c) => c.product_handle), ...MARK_RIGHTS.flatMap((r) => r.product_handles)])]
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "producer.id", "ocop_certificates.decision_number", "geo_marks.handle"],
    filters: { handle: productHandles },
  })
  const productByHandle = new Map((products as any[]).map((p) => [p.handle, p]))

  let certificates = 0
  for (const demo of OCOP_CERTIFICATES) {
    const product = productByHandle.get(demo.product_handle)
    if (!product?.producer) continue
    if ((product.ocop_certificates ?? []).some((c: any) => c?.decision_number === demo.decision_number)) continue
    const decisionDate = addCalendarDays(addCalendarMonths(today, -demo.decided_months_ago), -(demo.decided_days_ago ?? 0))
    const { result: [scan] } = await uploadFilesWorkflow(container).run({
      input: {
        files: [
          {
            filename: `ocop-${demo.product_handle}.svg`,
            mimeType: "image/svg+xml",
            content: Buffer.from(decisionScan(demo, decisionDate), "utf8").toString("base64"),
            access: "public" as const,
          },
        ],
      },
    })
    const { result: certificate } = await submitOcopCertificateWorkflow(container).run({
      input: {
        producer_id: product.producer.id,
        product_id: product.id,
        product_group: demo.product_group,
        score: demo.score,
        certificate_number: demo.certificate_number,
        decision_number: demo.decision_number,
        decision_date: decisionDate,
        issuing_level: demo.issuing_level,
        issuing_body: demo.issuing_body,
        evidence_url: scan!.url,
      },
    })
    if (demo.verified) await verifyOcopCertificateWorkflow(container).run({ input: { id: certificate.id, reviewed_by: "seed" } })
    certificates++
  }

  const { data: existingMarks } = await query.graph({ entity: "geo_mark", fields: ["id", "handle"], filters: { handle: GEO_MARKS.map((m) => m.handle) } })
  const markIdByHandle = new Map((existingMarks as any[]).map((m) => [m.handle, m.id as string]))
  let marks = 0
  for (const mark of GEO_MARKS) {
    if (markIdByHandle.has(mark.handle)) continue
    const { result } = await createGeoMarkWorkflow(container).run({ input: { ...mark, decision_number: null, decision_date: null } })
    markIdByHandle.set(mark.handle, result.id)
    marks++
  }

  const { data: producers } = await query.graph({
    entity: "producer",
    fields: ["id", "handle", "mark_rights.id", "mark_rights.geo_mark.handle"],
    filters: { handle: MARK_RIGHTS.map((r) => r.producer_handle) },
  })
  const producerByHandle = new Map((producers as any[]).map((p) => [p.handle, p]))
  let rights = 0
  let claims = 0
  for (const grant of MARK_RIGHTS) {
    const producer = producerByHandle.get(grant.producer_handle)
    const markId = markIdByHandle.get(grant.mark_handle)
    if (!producer || !markId) continue
    if (!(producer.mark_rights ?? []).some((r: any) => r?.geo_mark?.handle === grant.mark_handle)) {
      await grantMarkRightWorkflow(container).run({
        input: { geo_mark_id: markId, producer_id: producer.id, granted_at: addCalendarMonths(today, -grant.granted_months_ago) },
      })
      rights++
    }
    for (const handle of grant.product_handles) {
      const product = productByHandle.get(handle)
      if (!product || (product.geo_marks ?? []).some((m: any) => m?.handle === grant.mark_handle)) continue
      await claimProductMarkWorkflow(container).run({ input: { producer_id: producer.id, product_id: product.id, geo_mark_id: markId } })
      claims++
    }
  }
  logger.info(`Seeded ${certificates} OCOP certificates, ${marks} marks, ${rights} rights of use and ${claims} product claims`)
}
