/**
 * Demo raw-material zones and lots with their journeys, for the trace pages. Places are
 * real communes of Tuyên Quang (after the 2025 merger); lot numbers, dates, quantities
 * and notes are invented for demonstration.
 */
import type { TraceQuantity, TraceStepKey } from "@cln/domain"

export type DemoZone = { key: string; producer_handle: string; name: string; area_ha: number; certifications: string[]; commune: string; province: string }

export type DemoTraceStep = {
  step: TraceStepKey
  at: string // local time in Vietnam
  place: string
  note: string
  inputs?: TraceQuantity[]
  outputs?: TraceQuantity[]
}

export type DemoLot = {
  product_handle: string
  lot_number: string
  quantity: number
  uom: string
  produced_at: string
  expires_at?: string
  zone?: string
  serials: number
  steps: DemoTraceStep[]
}

const TQ = "Tuyên Quang"

export const ZONES: DemoZone[] = [
  { key: "hong-thai-hill", producer_handle: "htx-son-tra-hong-thai", name: "Đồi chè Shan tuyết cổ thụ Hồng Thái", area_ha: 42, certifications: ["VietGAP"], commune: "Xã Hồng Thái", province: TQ },
  { key: "phin-ho-forest", producer_handle: "htx-che-phin-ho", name: "Rừng chè cổ thụ Phìn Hồ", area_ha: 120, certifications: ["Hữu cơ (TCVN 11041)"], commune: "Xã Thông Nguyên", province: TQ },
  { key: "ngoc-thuy-garden", producer_handle: "htx-su-anh-che-ngoc-thuy", name: "Vùng chè Ngọc Thúy Mỹ Bằng", area_ha: 25, certifications: ["VietGAP"], commune: "Xã Mỹ Bằng", province: TQ },
  { key: "hung-loi-forest", producer_handle: "htx-phong-tho", name: "Rừng hoa Hùng Lợi (đàn ong nội)", area_ha: 300, certifications: [], commune: "Xã Hùng Lợi", province: TQ },
  { key: "lung-tam-flax", producer_handle: "htx-det-lanh-lung-tam", name: "Nương lanh Lùng Tám", area_ha: 8, certifications: [], commune: "Xã Lùng Tám", province: TQ },
  { key: "ham-yen-orchard", producer_handle: "cong-ty-nong-san-ham-yen", name: "Vườn cam sành Phù Lưu", area_ha: 60, certifications: ["VietGAP", "Chỉ dẫn địa lý Hàm Yên"], commune: "Xã Phù Lưu", province: TQ },
  { key: "quan-ba-persimmon", producer_handle: "htx-hong-khong-hat-quan-ba", name: "Vườn hồng không hạt Quyết Tiến", area_ha: 35, certifications: ["VietGAP"], commune: "Xã Quyết Tiến", province: TQ },
  { key: "thanh-van-corn", producer_handle: "ho-vang-seo-din", name: "Nương ngô bản địa Thanh Vân", area_ha: 4, certifications: [], commune: "Xã Thanh Vân", province: TQ },
  { key: "hop-thanh-dong-rieng", producer_handle: "co-so-mien-dong-ly-hoa", name: "Ruộng dong riềng Hợp Thành", area_ha: 15, certifications: ["VietGAP"], commune: "Xã Hợp Thành", province: TQ },
  { key: "minh-quang-palm", producer_handle: "ho-ma-van-thanh", name: "Đồi cọ Minh Quang", area_ha: 12, certifications: [], commune: "Xã Minh Quang", province: TQ },
]

const kg = (label: string, quantity: number): TraceQuantity => ({ label, quantity, uom: "kg" })
const pcs = (label: string, quantity: number): TraceQuantity => ({ label, quantity, uom: "pcs" })

/** Tea: harvest in the zone, then the classic green-tea line, then packing and shipping. */
function teaJourney(place: string, day: string, zoneNote: string, leafKg: number, boxes: number): DemoTraceStep[] {
  return [
    { step: "harvesting", at: `${day}T06:30`, place, note: zoneNote, outputs: [kg("Búp chè tươi", leafKg)] },
    { step: "withering", at: `${day}T10:00`, place: `Xưởng chế biến, ${place}`, note: "Héo tự nhiên trên nong tre 6 giờ", inputs: [kg("Búp chè tươi", leafKg)], outputs: [kg("Chè héo", leafKg * 0.7)] },
    { step: "rolling", at: `${day}T16:30`, place: `Xưởng chế biến, ${place}`, note: "Vò tay nhẹ để giữ lớp lông tuyết", inputs: [kg("Chè héo", leafKg * 0.7)], outputs: [kg("Chè vò", leafKg * 0.7)] },
    { step: "drying", at: `${day}T19:00`, place: `Xưởng chế biến, ${place}`, note: "Sao lửa củi 2 lần, độ ẩm dưới 5%", inputs: [kg("Chè vò", leafKg * 0.7)], outputs: [kg("Chè khô", leafKg * 0.22)] },
    { step: "packing", at: `${nextDay(day, 2)}T09:00`, place: `Xưởng chế biến, ${place}`, note: "Đóng hộp, dán nhãn QR từng hộp", inputs: [kg("Chè khô", leafKg * 0.22)], outputs: [pcs("Hộp chè", boxes)] },
    { step: "shipping", at: `${nextDay(day, 4)}T08:00`, place: "Kho Tuyên Quang", note: "Giao kho sàn Chợ Làng Nghề", outputs: [pcs("Hộp chè", boxes)] },
  ]
}

function nextDay(day: string, n: number) {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

export const LOTS: DemoLot[] = [
  {
    product_handle: "che-shan-tuyet-hong-thai-bup-xanh", lot_number: "HT2610-01", quantity: 60, uom: "hộp", produced_at: "2026-10-12", expires_at: "2028-10-12", zone: "hong-thai-hill", serials: 24,
    steps: teaJourney("Xã Hồng Thái", "2026-10-10", "Hái 1 tôm 2 lá trên cây chè cổ thụ, vùng VietGAP", 60, 60),
  },
  {
    product_handle: "bach-tra-shan-tuyet-hong-thai", lot_number: "HT2610-BT", quantity: 40, uom: "hộp", produced_at: "2026-10-20", expires_at: "2028-10-20", zone: "hong-thai-hill", serials: 0,
    steps: [
      { step: "harvesting", at: "2026-10-18T06:00", place: "Xã Hồng Thái", note: "Chỉ hái búp non phủ lông tuyết trắng", outputs: [kg("Búp non", 30)] },
      { step: "withering", at: "2026-10-18T09:00", place: "Xưởng chế biến, Xã Hồng Thái", note: "Héo tự nhiên 36 giờ, không vò", inputs: [kg("Búp non", 30)], outputs: [kg("Búp héo", 12)] },
      { step: "drying", at: "2026-10-19T21:00", place: "Xưởng chế biến, Xã Hồng Thái", note: "Sấy nhẹ 60 °C", inputs: [kg("Búp héo", 12)], outputs: [kg("Bạch trà", 6)] },
      { step: "packing", at: "2026-10-20T09:00", place: "Xưởng chế biến, Xã Hồng Thái", note: "Hộp giấy dó 50 g", inputs: [kg("Bạch trà", 6)], outputs: [pcs("Hộp bạch trà", 40)] },
    ],
  },
  {
    product_handle: "tra-xanh-shan-tuyet-phin-ho", lot_number: "PH2609-07", quantity: 80, uom: "hộp", produced_at: "2026-09-22", expires_at: "2028-09-22", zone: "phin-ho-forest", serials: 0,
    steps: teaJourney("Xã Thông Nguyên", "2026-09-20", "Hái trên cây chè cổ thụ 200 năm tuổi, vùng hữu cơ", 80, 80),
  },
  {
    product_handle: "che-bup-ngoc-thuy", lot_number: "NT2611-02", quantity: 100, uom: "gói", produced_at: "2026-11-05", expires_at: "2028-05-05", zone: "ngoc-thuy-garden", serials: 0,
    steps: teaJourney("Xã Mỹ Bằng", "2026-11-03", "Vùng chè 25 ha đạt VietGAP", 100, 100),
  },
  {
    product_handle: "mat-ong-huong-rung", lot_number: "MO2609-H", quantity: 120, uom: "chai", produced_at: "2026-09-15", expires_at: "2028-09-15", zone: "hung-loi-forest", serials: 0,
    steps: [
      { step: "harvesting", at: "2026-09-12T07:00", place: "Xã Hùng Lợi", note: "Quay mật từ 40 đàn ong nội nuôi trong rừng", outputs: [kg("Mật ong thô", 70)] },
      { step: "inspecting", at: "2026-09-13T10:00", place: "Xã Hùng Lợi", note: "Đo thủy phần 19,5% bằng khúc xạ kế", inputs: [kg("Mật ong thô", 70)] },
      { step: "packing", at: "2026-09-15T08:00", place: "Xã Hùng Lợi", note: "Lọc lưới inox, đóng chai thủy tinh 500 ml", inputs: [kg("Mật ong thô", 70)], outputs: [pcs("Chai mật ong", 120)] },
      { step: "shipping", at: "2026-09-18T08:00", place: "Kho Tuyên Quang", note: "Giao kho sàn", outputs: [pcs("Chai mật ong", 120)] },
    ],
  },
  {
    product_handle: "khan-quang-lanh-nhuom-cham", lot_number: "LT2608-C", quantity: 30, uom: "chiếc", produced_at: "2026-10-30", zone: "lung-tam-flax", serials: 10,
    steps: [
      { step: "harvesting", at: "2026-08-05T07:00", place: "Xã Lùng Tám", note: "Thu hoạch cây lanh sau 75 ngày gieo", outputs: [kg("Thân lanh", 90)] },
      { step: "spinning", at: "2026-08-20T08:00", place: "Xã Lùng Tám", note: "Tước, nối và xe sợi lanh bằng tay", inputs: [kg("Thân lanh", 90)], outputs: [kg("Sợi lanh", 9)] },
      { step: "weaving", at: "2026-09-15T08:00", place: "Xã Lùng Tám", note: "Dệt trên khung dệt gỗ truyền thống", inputs: [kg("Sợi lanh", 9)], outputs: [pcs("Tấm vải lanh", 12)] },
      { step: "dyeing", at: "2026-10-10T08:00", place: "Xã Lùng Tám", note: "Nhuộm chàm 12 lần, phơi nắng giữa các lần", inputs: [pcs("Tấm vải lanh", 12)], outputs: [pcs("Vải nhuộm chàm", 12)] },
      { step: "packing", at: "2026-10-30T08:00", place: "Xã Lùng Tám", note: "Cắt may khăn, gắn nhãn QR từng chiếc", inputs: [pcs("Vải nhuộm chàm", 12)], outputs: [pcs("Khăn quàng", 30)] },
    ],
  },
  {
    product_handle: "chan-tho-cam-tay-lam-binh", lot_number: "TC2609-A", quantity: 10, uom: "chiếc", produced_at: "2026-11-10", serials: 0,
    steps: [
      { step: "spinning", at: "2026-09-02T08:00", place: "Xã Thượng Lâm", note: "Se sợi bông trắng", outputs: [kg("Sợi bông", 6)] },
      { step: "dyeing", at: "2026-09-10T08:00", place: "Xã Thượng Lâm", note: "Nhuộm màu từ lá chàm, vỏ cây và củ nâu", inputs: [kg("Sợi bông", 6)], outputs: [kg("Sợi màu", 6)] },
      { step: "weaving", at: "2026-10-01T08:00", place: "Xã Thượng Lâm", note: "Dệt hoa văn dấu chân hổ, 20 ngày mỗi tấm", inputs: [kg("Sợi màu", 6)], outputs: [pcs("Tấm thổ cẩm", 10)] },
      { step: "inspecting", at: "2026-11-08T08:00", place: "Xã Thượng Lâm", note: "Nghệ nhân kiểm tra mật độ sợi và hoa văn", inputs: [pcs("Tấm thổ cẩm", 10)] },
      { step: "packing", at: "2026-11-10T08:00", place: "Xã Thượng Lâm", note: "Gấp, bọc giấy, gắn nhãn", outputs: [pcs("Chăn thổ cẩm", 10)] },
    ],
  },
  {
    product_handle: "non-la-minh-quang", lot_number: "NL2610-03", quantity: 50, uom: "chiếc", produced_at: "2026-10-25", zone: "minh-quang-palm", serials: 0,
    steps: [
      { step: "harvesting", at: "2026-09-28T07:00", place: "Xã Minh Quang", note: "Cắt lá cọ non trên đồi", outputs: [kg("Lá cọ", 40)] },
      { step: "drying", at: "2026-10-02T08:00", place: "Xã Minh Quang", note: "Phơi sương và nắng nhẹ 5 ngày cho lá trắng", inputs: [kg("Lá cọ", 40)], outputs: [kg("Lá cọ khô", 15)] },
      { step: "shaping", at: "2026-10-15T08:00", place: "Xã Minh Quang", note: "Chằm nón 16 vòng trên khuôn tre", inputs: [kg("Lá cọ khô", 15)], outputs: [pcs("Nón lá", 50)] },
      { step: "packing", at: "2026-10-25T08:00", place: "Xã Minh Quang", note: "Xếp chồng, bọc túi giấy", outputs: [pcs("Nón lá", 50)] },
    ],
  },
  {
    product_handle: "cam-sanh-ham-yen", lot_number: "CS2611-15", quantity: 500, uom: "kg", produced_at: "2026-11-15", expires_at: "2026-12-15", zone: "ham-yen-orchard", serials: 0,
    steps: [
      { step: "harvesting", at: "2026-11-14T06:00", place: "Xã Phù Lưu", note: "Thu hái cam chín cây, vườn VietGAP", outputs: [kg("Cam sành", 520)] },
      { step: "inspecting", at: "2026-11-14T14:00", place: "Xã Phù Lưu", note: "Phân loại quả 200–300 g, loại quả dập", inputs: [kg("Cam sành", 520)], outputs: [kg("Cam loại 1", 500)] },
      { step: "packing", at: "2026-11-15T08:00", place: "Xã Phù Lưu", note: "Đóng thùng carton 5 kg", inputs: [kg("Cam loại 1", 500)], outputs: [pcs("Thùng 5 kg", 100)] },
      { step: "shipping", at: "2026-11-16T05:00", place: "Kho Tuyên Quang", note: "Xe lạnh 10 °C", outputs: [pcs("Thùng 5 kg", 100)] },
    ],
  },
  {
    product_handle: "hong-khong-hat-quan-ba", lot_number: "HK2610-02", quantity: 300, uom: "kg", produced_at: "2026-10-08", expires_at: "2026-11-08", zone: "quan-ba-persimmon", serials: 0,
    steps: [
      { step: "harvesting", at: "2026-10-06T06:30", place: "Xã Quyết Tiến", note: "Hái hồng già, còn cuống", outputs: [kg("Hồng tươi", 320)] },
      { step: "fermenting", at: "2026-10-06T15:00", place: "Xã Quyết Tiến", note: "Ngâm nước vôi trong 2 ngày để khử chát", inputs: [kg("Hồng tươi", 320)], outputs: [kg("Hồng khử chát", 310)] },
      { step: "packing", at: "2026-10-08T07:00", place: "Xã Quyết Tiến", note: "Xếp khay giấy 2 kg", inputs: [kg("Hồng khử chát", 310)], outputs: [pcs("Khay 2 kg", 150)] },
    ],
  },
  {
    product_handle: "ruou-ngo-men-la-thanh-van", lot_number: "RN2610-M", quantity: 200, uom: "chai", produced_at: "2026-10-28", zone: "thanh-van-corn", serials: 0,
    steps: [
      { step: "harvesting", at: "2026-09-05T07:00", place: "Xã Thanh Vân", note: "Ngô nếp bản địa trồng trên nương đá", outputs: [kg("Ngô hạt", 300)] },
      { step: "fermenting", at: "2026-10-01T08:00", place: "Xã Thanh Vân", note: "Ủ men lá rừng 12 ngày trong chum", inputs: [kg("Ngô hạt", 300)], outputs: [kg("Ngô ủ men", 300)] },
      { step: "brewing", at: "2026-10-14T06:00", place: "Xã Thanh Vân", note: "Chưng cất nồi đồng, hứng rượu qua ống tre", inputs: [kg("Ngô ủ men", 300)], outputs: [{ label: "Rượu ngô", quantity: 100, uom: "l" }] },
      { step: "packing", at: "2026-10-28T08:00", place: "Xã Thanh Vân", note: "Hạ thổ 2 tuần rồi đóng chai 500 ml", inputs: [{ label: "Rượu ngô", quantity: 100, uom: "l" }], outputs: [pcs("Chai 500 ml", 200)] },
    ],
  },
  {
    product_handle: "mien-dong-hop-thanh", lot_number: "MD2611-05", quantity: 400, uom: "gói", produced_at: "2026-11-05", expires_at: "2027-11-05", zone: "hop-thanh-dong-rieng", serials: 0,
    steps: [
      { step: "harvesting", at: "2026-10-25T07:00", place: "Xã Hợp Thành", note: "Đào củ dong riềng đỏ, ruộng VietGAP", outputs: [kg("Củ dong riềng", 2000)] },
      { step: "shaping", at: "2026-11-01T04:00", place: "Xã Hợp Thành", note: "Lọc tinh bột, tráng bánh, thái sợi", inputs: [kg("Củ dong riềng", 2000)], outputs: [kg("Sợi miến tươi", 260)] },
      { step: "drying", at: "2026-11-01T09:00", place: "Xã Hợp Thành", note: "Phơi nắng tự nhiên 2 ngày", inputs: [kg("Sợi miến tươi", 260)], outputs: [kg("Miến khô", 200)] },
      { step: "packing", at: "2026-11-05T08:00", place: "Xã Hợp Thành", note: "Đóng gói 500 g", inputs: [kg("Miến khô", 200)], outputs: [pcs("Gói 500 g", 400)] },
    ],
  },
]
