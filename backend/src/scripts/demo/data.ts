/**
 * Demo content for "Chợ Làng Nghề".
 *
 * DEMO DATA ONLY. Villages, producers, artisans and products below are inspired by public
 * reports about craft villages in Tuyên Quang (which absorbed Hà Giang on
 * 1 July 2025), but names of people, addresses, tax codes, phone numbers,
 * decision numbers, figures, prices and GTINs are invented for demonstration.
 * Nothing here is an official record.
 *
 * Addresses use today's two-tier units (commune/ward + province). The
 * `former_address` of each village records the pre-2025 commune and district.
 */

export type CraftKey =
  | "tea"
  | "brocade"
  | "hemp_linen"
  | "bamboo_rattan"
  | "food"
  | "honey"
  | "fruit"
  | "liquor"

export type DemoCraft = {
  key: CraftKey
  name_vi: string
  name_en: string
  description_vi: string
  description_en: string
}

export type DemoVillage = {
  handle: string
  name: string
  name_en: string
  commune: string
  former_address: string
  province: "Tuyên Quang"
  crafts: CraftKey[]
  recognition_kind: "lang_nghe" | "lang_nghe_truyen_thong" | "nghe_truyen_thong"
  decision_no: string
  decision_date: string
  households: number
  workers: number
  workers_trained: number
  households_env_compliant: number
  status: "effective" | "struggling" | "at_risk" | "dormant"
  story_vi: string
  story_en: string
  lat: number
  lng: number
  tourism: boolean
}

export type DemoProducer = {
  handle: string
  name: string
  legal_kind: "household" | "cooperative" | "enterprise"
  tax_code: string | null
  phone: string
  email: string
  address: string
  village_handle: string
  story_vi: string
  story_en: string
}

export type DemoVariant = {
  title_vi: string
  title_en: string
  sku: string
  price_vnd: number
  price_usd: number
  stock: number
  gtin: string | null
  weight_g: number
}

export type DemoProduct = {
  handle: string
  producer_handle: string
  craft: CraftKey
  title_vi: string
  title_en: string
  subtitle_vi: string
  subtitle_en: string
  description_vi: string
  description_en: string
  option_title_vi: string
  option_title_en: string
  variants: DemoVariant[]
  illustration: { motif: CraftKey; palette: number }
}

export type DemoArtisanWork = {
  title_vi: string
  title_en: string
  year: number
  description_vi: string
  description_en: string
  illustration: { motif: CraftKey; palette: number }
}

export type DemoArtisan = {
  handle: string
  name: string
  title: "tho_gioi" | "nghe_nhan" | "nghe_nhan_uu_tu" | "nghe_nhan_nhan_dan"
  title_year: number
  ethnic_group: string
  village_handle: string
  producer_handle: string
  bio_vi: string
  bio_en: string
  works: DemoArtisanWork[]
}

// ---------------------------------------------------------------------------
// Crafts
// ---------------------------------------------------------------------------

export const CRAFTS: DemoCraft[] = [
  {
    key: "tea",
    name_vi: "Chè",
    name_en: "Tea",
    description_vi:
      "Trồng, hái và chế biến chè, đặc biệt là chè Shan tuyết cổ thụ trên vùng núi cao, làm thành trà xanh, hồng trà, bạch trà và trà ép bánh.",
    description_en:
      "Growing, picking and processing tea, above all old Shan tuyết trees in the highlands, made into green, black, white and pressed tea.",
  },
  {
    key: "brocade",
    name_vi: "Dệt thổ cẩm",
    name_en: "Brocade weaving",
    description_vi:
      "Dệt vải hoa văn trên khung cửi của phụ nữ Tày, Pà Thẻn, Dao, với hoa văn hình thoi, hình sao và màu nhuộm từ cây cỏ.",
    description_en:
      "Patterned cloth woven on foot looms by Tày, Pà Thẻn and Dao women, with diamond and star motifs and plant-based dyes.",
  },
  {
    key: "hemp_linen",
    name_vi: "Dệt vải lanh",
    name_en: "Hemp-linen weaving",
    description_vi:
      "Nghề của phụ nữ Mông: trồng cây lanh, tước và nối sợi bằng tay, dệt vải, vẽ hoa văn bằng sáp ong và nhuộm chàm, khoảng 40 công đoạn.",
    description_en:
      "A Hmong women's craft: growing hemp, splitting and splicing the fibre by hand, weaving, drawing patterns in beeswax and dyeing with indigo, about 40 steps.",
  },
  {
    key: "bamboo_rattan",
    name_vi: "Mây tre đan",
    name_en: "Bamboo and rattan",
    description_vi:
      "Đan nón, giỏ, mẹt, làn và đồ gia dụng từ tre, nứa, mây rừng; nan được hun khói hoặc luộc để chống mọt.",
    description_en:
      "Hats, baskets, trays and household goods woven from bamboo, reed and forest rattan; strips are smoked or boiled against borers.",
  },
  {
    key: "food",
    name_vi: "Chế biến thực phẩm",
    name_en: "Food processing",
    description_vi:
      "Các món bánh và sản phẩm chế biến truyền thống như bánh gai, bánh chưng đen của người Tày, miến dong phơi nắng.",
    description_en:
      "Traditional cakes and processed foods such as Tày ramie-leaf cakes and black sticky-rice cakes, and sun-dried arrowroot noodles.",
  },
  {
    key: "honey",
    name_vi: "Nuôi ong lấy mật",
    name_en: "Beekeeping and honey",
    description_vi:
      "Nuôi ong nội (Apis cerana) trong thùng gỗ hoặc đõ, lấy mật hoa rừng và mật hoa bạc hà trên cao nguyên đá.",
    description_en:
      "Keeping native Asian honey bees (Apis cerana) in wooden hives or log hives for forest-flower honey and the karst plateau's mint-flower honey.",
  },
  {
    key: "fruit",
    name_vi: "Cây ăn quả đặc sản",
    name_en: "Specialty fruit",
    description_vi:
      "Vùng trồng cam sành, bưởi, hồng không hạt mang chỉ dẫn địa lý, cùng các sản phẩm sấy và chế biến từ quả.",
    description_en:
      "Orchards of king oranges, pomelos and seedless persimmons under geographical indications, and dried or processed fruit products.",
  },
  {
    key: "liquor",
    name_vi: "Nấu rượu truyền thống",
    name_en: "Traditional liquor",
    description_vi:
      "Nấu rượu ngô bằng men lá làm từ lá rừng, chưng cất trong nồi gỗ theo cách của đồng bào vùng cao.",
    description_en:
      "Corn liquor fermented with leaf yeast made from forest leaves and distilled in wooden stills, as highland communities have long done.",
  },
]

// ---------------------------------------------------------------------------
// Villages
// ---------------------------------------------------------------------------

export const VILLAGES: DemoVillage[] = [
  {
    handle: "lang-che-shan-tuyet-hong-thai",
    name: "Làng nghề chè Shan tuyết Hồng Thái",
    name_en: "Hồng Thái Shan tuyết tea village",
    commune: "xã Hồng Thái",
    former_address: "xã Hồng Thái, huyện Na Hang",
    province: "Tuyên Quang",
    crafts: ["tea"],
    recognition_kind: "lang_nghe",
    decision_no: "1052/QĐ-UBND",
    decision_date: "2019-09-16",
    households: 186,
    workers: 412,
    workers_trained: 398,
    households_env_compliant: 181,
    status: "effective",
    story_vi:
      "Những cây chè Shan tuyết cổ thụ mọc rải rác trên sườn núi đá vôi phía trên lòng hồ Na Hang, búp phủ lớp lông tơ trắng như tuyết. Người Dao và người Tày ở Hồng Thái hái chè bằng tay, sao sấy trên chảo gang và bán qua hợp tác xã. Chè ở đây nằm trong vùng chỉ dẫn địa lý Chè Shan tuyết Na Hang, và làng đón khách lên đồi chè kết hợp tham quan hồ.",
    story_en:
      "Old Shan tuyết tea trees grow scattered across the limestone slopes above the Na Hang reservoir, their buds covered in snow-white down. Dao and Tày families in Hồng Thái pick by hand, pan-fire the leaf in cast-iron woks and sell through their cooperative. The tea lies inside the Na Hang Shan tuyết tea geographical indication area, and visitors combine the tea hills with a trip on the lake.",
    lat: 22.442,
    lng: 105.448,
    tourism: true,
  },
  {
    handle: "lang-che-shan-tuyet-phin-ho",
    name: "Làng chè Shan tuyết Phìn Hồ",
    name_en: "Phìn Hồ Shan tuyết tea village",
    commune: "xã Thông Nguyên",
    former_address: "xã Thông Nguyên, huyện Hoàng Su Phì",
    province: "Tuyên Quang",
    crafts: ["tea"],
    recognition_kind: "lang_nghe",
    decision_no: "2316/QĐ-UBND",
    decision_date: "2018-10-25",
    households: 142,
    workers: 318,
    workers_trained: 300,
    households_env_compliant: 138,
    status: "effective",
    story_vi:
      "Người Dao đỏ ở thôn Phìn Hồ chăm những vườn chè Shan tuyết hàng trăm năm tuổi ở độ cao trên 1.200 m, giữa vùng ruộng bậc thang Hoàng Su Phì. Chè được canh tác không phun thuốc, hái theo lứa và chế biến ngay tại xưởng của hợp tác xã trong thôn. Mùa xuân, khách có thể theo người hái chè lên nương và thử sao chè.",
    story_en:
      "Red Dao families in Phìn Hồ tend Shan tuyết tea gardens that are centuries old, above 1,200 m among the rice terraces of Hoàng Su Phì. The tea is grown without pesticides, picked flush by flush and processed straight away in the cooperative's workshop in the village. In spring, visitors can follow the pickers up the slopes and try pan-firing.",
    lat: 22.638,
    lng: 104.772,
    tourism: true,
  },
  {
    handle: "lang-che-my-bang",
    name: "Làng nghề chè Mỹ Bằng",
    name_en: "Mỹ Bằng tea village",
    commune: "phường Mỹ Lâm",
    former_address: "xã Mỹ Bằng, huyện Yên Sơn",
    province: "Tuyên Quang",
    crafts: ["tea"],
    recognition_kind: "lang_nghe",
    decision_no: "687/QĐ-UBND",
    decision_date: "2016-07-04",
    households: 215,
    workers: 480,
    workers_trained: 452,
    households_env_compliant: 198,
    status: "effective",
    story_vi:
      "Mỹ Bằng là vùng chè trung du trên những quả đồi thấp phía tây nam thành phố Tuyên Quang cũ, nay thuộc phường Mỹ Lâm. Nhiều hộ đã chuyển sang canh tác theo VietGAP, ghi chép nhật ký bón phân và phun thuốc cho từng lô đồi. Chè búp sao máy ở đây là thứ chè pha ấm quen thuộc của người miền Bắc.",
    story_en:
      "Mỹ Bằng is a midland tea area on low hills south-west of the former Tuyên Quang city, now part of Mỹ Lâm ward. Many households have moved to VietGAP farming and keep records of every fertiliser and spray for each hillside plot. The machine-fired bud tea made here is the everyday pot tea of northern Vietnam.",
    lat: 21.862,
    lng: 105.171,
    tourism: false,
  },
  {
    handle: "lang-banh-gai-chiem-hoa",
    name: "Làng nghề bánh gai, bánh chưng đen Chiêm Hóa",
    name_en: "Chiêm Hóa ramie-leaf cake village",
    commune: "xã Chiêm Hóa",
    former_address: "thị trấn Vĩnh Lộc, huyện Chiêm Hóa",
    province: "Tuyên Quang",
    crafts: ["food"],
    recognition_kind: "lang_nghe",
    decision_no: "1789/QĐ-UBND",
    decision_date: "2020-12-28",
    households: 64,
    workers: 152,
    workers_trained: 140,
    households_env_compliant: 58,
    status: "effective",
    story_vi:
      "Bánh gai và bánh chưng đen vốn là bánh lễ Tết của người Tày ven sông Gâm. Từ khi lập hợp tác xã, các gia đình làm bánh quanh năm, chung nhau bếp hấp và khu đóng gói đạt điều kiện an toàn thực phẩm. Lá gai, lá dong và gạo nếp được mua của chính các hộ trong vùng.",
    story_en:
      "Ramie-leaf cakes and black sticky-rice cakes were once festival food of the Tày along the Gâm river. Since the cooperative was formed, families make them all year round, sharing a steaming kitchen and a packing room that meets food-safety rules. The ramie leaves, dong leaves and glutinous rice are bought from households in the area.",
    lat: 22.153,
    lng: 105.268,
    tourism: false,
  },
  {
    handle: "lang-mien-dong-hop-thanh",
    name: "Làng nghề miến dong Hợp Thành",
    name_en: "Hợp Thành arrowroot noodle village",
    commune: "xã Sơn Dương",
    former_address: "xã Hợp Thành, huyện Sơn Dương",
    province: "Tuyên Quang",
    crafts: ["food"],
    recognition_kind: "lang_nghe",
    decision_no: "412/QĐ-UBND",
    decision_date: "2017-04-19",
    households: 48,
    workers: 110,
    workers_trained: 86,
    households_env_compliant: 39,
    status: "struggling",
    story_vi:
      "Các hộ trồng dong riềng trên đồi và làm miến vào mùa khô, phơi sợi trên giàn tre dọc đường làng. Nước thải từ khâu lọc tinh bột là vấn đề lớn nhất của làng nghề, mới một phần các hộ có bể lắng đạt yêu cầu. Giá miến công nghiệp rẻ khiến nhiều hộ trẻ bỏ nghề.",
    story_en:
      "Households grow edible canna on the hills and make noodles in the dry season, drying them on bamboo racks along the village road. Wastewater from starch extraction is the village's biggest problem, and only some households have settling tanks that meet the rules. Cheap factory noodles have led many younger households to give up the craft.",
    lat: 21.718,
    lng: 105.381,
    tourism: false,
  },
  {
    handle: "lang-nuoi-ong-hung-loi",
    name: "Làng nghề nuôi ong Hùng Lợi",
    name_en: "Hùng Lợi beekeeping village",
    commune: "xã Hùng Lợi",
    former_address: "xã Hùng Lợi, huyện Yên Sơn",
    province: "Tuyên Quang",
    crafts: ["honey"],
    recognition_kind: "lang_nghe",
    decision_no: "935/QĐ-UBND",
    decision_date: "2021-08-20",
    households: 57,
    workers: 96,
    workers_trained: 96,
    households_env_compliant: 57,
    status: "effective",
    story_vi:
      "Hùng Lợi còn nhiều rừng tự nhiên nên các hộ người Dao, người Tày đặt thùng ong dưới tán rừng và quanh vườn cây ăn quả. Nghề nuôi ong giúp bà con có thêm lý do giữ rừng. Làng kết hợp nghề ong với du lịch cộng đồng, khách được xem quay mật vào mùa hoa.",
    story_en:
      "Hùng Lợi still has plenty of natural forest, so Dao and Tày households place their hives under the trees and around their orchards. Beekeeping gives families one more reason to protect the forest. The village combines bees with community tourism, and visitors can watch honey being spun in the flowering season.",
    lat: 22.078,
    lng: 105.128,
    tourism: true,
  },
  {
    handle: "vung-ong-bac-ha-pa-vi",
    name: "Làng nghề nuôi ong bạc hà Pả Vi",
    name_en: "Pả Vi mint-honey beekeeping village",
    commune: "xã Mèo Vạc",
    former_address: "xã Pả Vi, huyện Mèo Vạc",
    province: "Tuyên Quang",
    crafts: ["honey"],
    recognition_kind: "nghe_truyen_thong",
    decision_no: "1510/QĐ-UBND",
    decision_date: "2019-07-30",
    households: 210,
    workers: 260,
    workers_trained: 204,
    households_env_compliant: 190,
    status: "effective",
    story_vi:
      "Trên cao nguyên đá, người Mông nuôi ong nội trong đõ gỗ từ lâu đời. Cuối thu, hoa bạc hà dại nở tím các sườn núi và cho loại mật thơm mát mang chỉ dẫn địa lý Mật ong bạc hà Mèo Vạc. Sản lượng phụ thuộc thời tiết, năm rét sớm có thể mất mùa mật.",
    story_en:
      "On the karst plateau, Hmong families have kept native bees in wooden log hives for generations. In late autumn wild mint flowers turn the slopes purple and give the cool, fragrant honey protected by the Mèo Vạc mint honey geographical indication. The harvest depends on the weather, and an early cold spell can wipe out a season.",
    lat: 23.168,
    lng: 105.409,
    tourism: true,
  },
  {
    handle: "lang-det-lanh-lung-tam",
    name: "Làng nghề dệt vải lanh Lùng Tám",
    name_en: "Lùng Tám hemp-linen weaving village",
    commune: "xã Lùng Tám",
    former_address: "xã Lùng Tám, huyện Quản Bạ",
    province: "Tuyên Quang",
    crafts: ["hemp_linen"],
    recognition_kind: "lang_nghe_truyen_thong",
    decision_no: "1376/QĐ-UBND",
    decision_date: "2014-07-08",
    households: 125,
    workers: 180,
    workers_trained: 172,
    households_env_compliant: 118,
    status: "effective",
    story_vi:
      "Ở Lùng Tám, phụ nữ Mông vẫn nối sợi lanh trong lúc đi đường và ngồi chợ. Vải lanh được vẽ hoa văn bằng sáp ong nóng rồi nhuộm chàm, từ cây lanh đến tấm vải mất khoảng 40 công đoạn. Hợp tác xã của làng bán vải cho khách du lịch trên cung đường lên Đồng Văn và nhận đơn từ các nhà thiết kế.",
    story_en:
      "In Lùng Tám, Hmong women still splice hemp thread as they walk and as they sit at the market. The cloth is patterned with hot beeswax and dyed in indigo; from plant to finished cloth takes about 40 steps. The village cooperative sells to travellers on the road to Đồng Văn and takes orders from designers.",
    lat: 23.087,
    lng: 105.061,
    tourism: true,
  },
  {
    handle: "lang-tho-cam-thuong-lam",
    name: "Làng nghề dệt thổ cẩm Tày Thượng Lâm",
    name_en: "Thượng Lâm Tày brocade village",
    commune: "xã Thượng Lâm",
    former_address: "xã Thượng Lâm, huyện Lâm Bình",
    province: "Tuyên Quang",
    crafts: ["brocade"],
    recognition_kind: "lang_nghe_truyen_thong",
    decision_no: "1126/QĐ-UBND",
    decision_date: "2018-09-27",
    households: 78,
    workers: 132,
    workers_trained: 118,
    households_env_compliant: 78,
    status: "effective",
    story_vi:
      "Trong các nhà sàn ở Thượng Lâm, khung cửi vẫn đặt dưới gầm sàn để phụ nữ Tày dệt chăn, khăn vào lúc nông nhàn. Hoa văn hình thoi, hình sao tám cánh được chép lại từ những tấm chăn cũ của các bà. Làng đón khách lưu trú tại nhà sàn và học dệt thử.",
    story_en:
      "In the stilt houses of Thượng Lâm, looms still stand beneath the floor so Tày women can weave blankets and scarves between farm seasons. Diamond and eight-pointed star motifs are copied from the grandmothers' old blankets. The village hosts homestay guests who can try weaving.",
    lat: 22.541,
    lng: 105.292,
    tourism: true,
  },
  {
    handle: "lang-det-pa-then-hong-quang",
    name: "Làng dệt thổ cẩm Pà Thẻn Hồng Quang",
    name_en: "Hồng Quang Pà Thẻn weaving village",
    commune: "xã Minh Quang",
    former_address: "xã Hồng Quang, huyện Lâm Bình",
    province: "Tuyên Quang",
    crafts: ["brocade"],
    recognition_kind: "nghe_truyen_thong",
    decision_no: "2104/QĐ-UBND",
    decision_date: "2022-11-15",
    households: 36,
    workers: 41,
    workers_trained: 22,
    households_env_compliant: 36,
    status: "at_risk",
    story_vi:
      "Người Pà Thẻn nổi tiếng với trang phục nền đỏ rực và lễ nhảy lửa. Nghề dệt của họ chỉ còn vài chục người làm, chủ yếu là phụ nữ lớn tuổi, nên được xếp vào diện nghề truyền thống có nguy cơ mai một. Các lớp truyền dạy cho thiếu nữ trong thôn đang được mở lại mỗi mùa đông.",
    story_en:
      "The Pà Thẻn are known for their bright red dress and their fire-dance festival. Only a few dozen people, mostly older women, still weave, so the craft is listed as a traditional craft at risk of being lost. Winter classes for the village's girls are being revived.",
    lat: 22.427,
    lng: 105.171,
    tourism: true,
  },
  {
    handle: "lang-dan-non-minh-quang",
    name: "Làng nghề đan nón Minh Quang",
    name_en: "Minh Quang bamboo hat village",
    commune: "xã Minh Quang",
    former_address: "xã Minh Quang, huyện Chiêm Hóa",
    province: "Tuyên Quang",
    crafts: ["bamboo_rattan"],
    recognition_kind: "lang_nghe",
    decision_no: "598/QĐ-UBND",
    decision_date: "2015-06-12",
    households: 52,
    workers: 74,
    workers_trained: 50,
    households_env_compliant: 49,
    status: "struggling",
    story_vi:
      "Người Tày ở Minh Quang vót tre làm khung nón, lợp lá và khâu nón vào những tháng nông nhàn. Nón và đồ tre được bán ở chợ phiên và cho một doanh nghiệp mây tre trong vùng. Thu nhập từ nghề thấp nên người trẻ ít theo, làng đang tìm mẫu mã mới để bán cho khách du lịch.",
    story_en:
      "Tày families in Minh Quang shave bamboo into hat frames, cover them with leaves and stitch them in the slack farming months. Hats and bamboo ware are sold at the weekly market and to a local bamboo-goods company. The craft pays little, so few young people take it up, and the village is looking for new designs to sell to visitors.",
    lat: 22.308,
    lng: 105.118,
    tourism: false,
  },
  {
    handle: "lang-cam-sanh-phu-luu",
    name: "Làng trồng cam sành Phù Lưu",
    name_en: "Phù Lưu king orange village",
    commune: "xã Phù Lưu",
    former_address: "xã Phù Lưu, huyện Hàm Yên",
    province: "Tuyên Quang",
    crafts: ["fruit"],
    recognition_kind: "lang_nghe",
    decision_no: "1843/QĐ-UBND",
    decision_date: "2021-12-30",
    households: 320,
    workers: 790,
    workers_trained: 760,
    households_env_compliant: 305,
    status: "effective",
    story_vi:
      "Đồi cam nối nhau hai bên đường ở Phù Lưu, một trong những xã trồng cam sành lâu đời nhất của vùng chỉ dẫn địa lý Cam sành Hàm Yên. Các hộ ghi nhật ký sản xuất và dùng tem truy xuất cho từng lô cam. Mùa thu hoạch từ tháng 11 đến tháng 2, làng đón khách vào vườn hái cam.",
    story_en:
      "Orange orchards cover the hills on both sides of the road in Phù Lưu, one of the oldest king-orange communes in the Hàm Yên orange geographical indication area. Growers keep production logs and put traceability labels on every lot. Harvest runs from November to February, when visitors can pick oranges in the orchards.",
    lat: 22.219,
    lng: 104.958,
    tourism: true,
  },
  {
    handle: "lang-buoi-soi-ha",
    name: "Làng bưởi Soi Hà",
    name_en: "Soi Hà pomelo village",
    commune: "xã Xuân Vân",
    former_address: "xã Xuân Vân, huyện Yên Sơn",
    province: "Tuyên Quang",
    crafts: ["fruit"],
    recognition_kind: "lang_nghe",
    decision_no: "754/QĐ-UBND",
    decision_date: "2022-06-24",
    households: 96,
    workers: 210,
    workers_trained: 198,
    households_env_compliant: 96,
    status: "effective",
    story_vi:
      "Bưởi Soi Hà được trồng trên bãi soi phù sa ven sông Lô, nơi có những cây bưởi hơn 50 năm tuổi. Quả vỏ mỏng, tép ráo và ngọt thanh, mang chỉ dẫn địa lý Bưởi Soi Hà. Mùa bưởi chín, các vườn mở cửa cho khách tham quan và chụp ảnh.",
    story_en:
      "Soi Hà pomelos grow on the alluvial river banks of the Lô, where some trees are more than 50 years old. The fruit has a thin peel and dry, mildly sweet segments, and is protected by the Soi Hà pomelo geographical indication. When the fruit ripens, orchards open to visitors.",
    lat: 21.972,
    lng: 105.247,
    tourism: true,
  },
  {
    handle: "lang-hong-khong-hat-quyet-tien",
    name: "Làng hồng không hạt Quyết Tiến",
    name_en: "Quyết Tiến seedless persimmon village",
    commune: "xã Quản Bạ",
    former_address: "xã Quyết Tiến, huyện Quản Bạ",
    province: "Tuyên Quang",
    crafts: ["fruit"],
    recognition_kind: "lang_nghe",
    decision_no: "2250/QĐ-UBND",
    decision_date: "2020-10-21",
    households: 118,
    workers: 240,
    workers_trained: 201,
    households_env_compliant: 110,
    status: "effective",
    story_vi:
      "Trên cao nguyên Quản Bạ, những cây hồng không hạt cổ thụ đỏ rực vào tháng 9, tháng 10, trước cổng nhà của người Dao, người Mông, người Tày. Hồng thuộc vùng chỉ dẫn địa lý Hồng không hạt Quản Bạ. Quả loại hai được sấy dẻo để bán quanh năm thay vì bỏ phí.",
    story_en:
      "On the Quản Bạ plateau, old seedless persimmon trees turn bright orange in September and October in front of Dao, Hmong and Tày homes. The fruit is covered by the Quản Bạ seedless persimmon geographical indication. Second-grade fruit is dried so it can be sold all year instead of going to waste.",
    lat: 23.046,
    lng: 104.983,
    tourism: true,
  },
  {
    handle: "lang-ruou-ngo-thanh-van",
    name: "Làng nghề rượu ngô Thanh Vân",
    name_en: "Thanh Vân corn liquor village",
    commune: "xã Nghĩa Thuận",
    former_address: "xã Thanh Vân, huyện Quản Bạ",
    province: "Tuyên Quang",
    crafts: ["liquor"],
    recognition_kind: "lang_nghe_truyen_thong",
    decision_no: "1947/QĐ-UBND",
    decision_date: "2013-09-18",
    households: 84,
    workers: 168,
    workers_trained: 150,
    households_env_compliant: 66,
    status: "effective",
    story_vi:
      "Rượu ngô Thanh Vân được nấu từ ngô nương và men lá do từng gia đình tự làm từ hàng chục loại lá rừng. Làng nghề đã có nhãn hiệu tập thể và nhiều hộ chuyển sang dùng bã rượu nuôi lợn, nước thải đưa vào bể biogas. Vẫn còn một số hộ chưa đạt yêu cầu môi trường.",
    story_en:
      "Thanh Vân corn liquor is made from upland corn and a leaf yeast each family makes from dozens of forest leaves. The village holds a collective mark, and many households now feed the spent mash to pigs and send wastewater to biogas tanks. Some households still fall short of the environmental rules.",
    lat: 23.094,
    lng: 104.952,
    tourism: true,
  },
  {
    handle: "lang-may-tre-dan-trung-son",
    name: "Làng nghề mây tre đan Trung Sơn",
    name_en: "Trung Sơn bamboo and rattan village",
    commune: "xã Trung Sơn",
    former_address: "xã Trung Sơn, huyện Yên Sơn",
    province: "Tuyên Quang",
    crafts: ["bamboo_rattan"],
    recognition_kind: "lang_nghe",
    decision_no: "1208/QĐ-UBND",
    decision_date: "2012-10-05",
    households: 12,
    workers: 15,
    workers_trained: 4,
    households_env_compliant: 12,
    status: "dormant",
    story_vi:
      "Làng từng có hơn một trăm hộ đan sọt, đan mẹt bán cho các chợ dưới xuôi. Từ khi đồ nhựa rẻ tràn về và thanh niên đi làm ở khu công nghiệp, nghề gần như ngừng hẳn, chỉ còn vài người già đan theo đơn. Làng nghề đang được rà soát để xây dựng phương án khôi phục.",
    story_en:
      "The village once had more than a hundred households weaving baskets and trays for lowland markets. Since cheap plastic arrived and young people left for industrial parks, the craft has all but stopped; a few elderly people still weave to order. The village is under review for a revival plan.",
    lat: 21.803,
    lng: 105.066,
    tourism: false,
  },
]

// ---------------------------------------------------------------------------
// Producers
// ---------------------------------------------------------------------------

export const PRODUCERS: DemoProducer[] = [
  {
    handle: "htx-son-tra-hong-thai",
    name: "Hợp tác xã Sơn Trà Hồng Thái",
    legal_kind: "cooperative",
    tax_code: "5000812346",
    phone: "0915382461",
    email: "sontra.hongthai@example.vn",
    address: "thôn Nặm Đíp, xã Hồng Thái, tỉnh Tuyên Quang",
    village_handle: "lang-che-shan-tuyet-hong-thai",
    story_vi:
      "Hợp tác xã liên kết với các hộ người Dao, người Tày hái chè Shan tuyết cổ thụ ở Hồng Thái và tự chế biến tại xưởng trong thôn. Chè Shan tuyết Hồng Thái của hợp tác xã từng được chấm 94,9 điểm trong đánh giá OCOP. Mỗi lô chè đều có nhật ký hái và chế biến.",
    story_en:
      "The cooperative works with Dao and Tày households who pick old Shan tuyết trees in Hồng Thái, and processes the leaf in its own workshop in the village. Its Hồng Thái Shan tuyết tea scored 94.9 points in the OCOP assessment. Every lot has a picking and processing log.",
  },
  {
    handle: "htx-che-phin-ho",
    name: "Hợp tác xã chè Phìn Hồ",
    legal_kind: "cooperative",
    tax_code: "5100345670",
    phone: "0982714305",
    email: "chephinho@example.vn",
    address: "thôn Phìn Hồ, xã Thông Nguyên, tỉnh Tuyên Quang",
    village_handle: "lang-che-shan-tuyet-phin-ho",
    story_vi:
      "Hợp tác xã do các hộ người Dao đỏ ở Phìn Hồ lập nên, chăm vườn chè Shan tuyết cổ thụ theo hướng hữu cơ, không phun thuốc bảo vệ thực vật. Trà xanh Phìn Hồ được công nhận OCOP 5 sao năm 2021. Vào mùa xuân, khách có thể đến xưởng xem hái và sao chè.",
    story_en:
      "Founded by Red Dao households in Phìn Hồ, the cooperative tends old Shan tuyết gardens organically, with no pesticides. Its Phìn Hồ green tea was rated OCOP 5 stars in 2021. In spring, visitors can come to the workshop to watch picking and pan-firing.",
  },
  {
    handle: "htx-su-anh-che-ngoc-thuy",
    name: "Hợp tác xã Sử Anh (Chè Ngọc Thúy)",
    legal_kind: "cooperative",
    tax_code: "5000789016",
    phone: "0868215907",
    email: "chengocthuy@example.vn",
    address: "thôn Đồng Chùa, phường Mỹ Lâm, tỉnh Tuyên Quang",
    village_handle: "lang-che-my-bang",
    story_vi:
      "Hợp tác xã Sử Anh canh tác 25 ha chè đạt chứng nhận VietGAP ở vùng chè Mỹ Bằng và bán sản phẩm dưới thương hiệu Chè Ngọc Thúy, đạt OCOP 4 sao năm 2024. Hợp tác xã thu mua búp tươi của các hộ thành viên theo giá niêm yết công khai mỗi đợt hái.",
    story_en:
      "Sử Anh cooperative farms 25 ha of VietGAP-certified tea in the Mỹ Bằng tea area and sells under the Chè Ngọc Thúy brand, rated OCOP 4 stars in 2024. It buys fresh leaf from member households at a price posted openly for each picking round.",
  },
  {
    handle: "htx-dong-loc",
    name: "Hợp tác xã Đồng Lộc",
    legal_kind: "cooperative",
    tax_code: "5000654322",
    phone: "0399127846",
    email: "banhgai.dongloc@example.vn",
    address: "thôn Đồng Lộc, xã Chiêm Hóa, tỉnh Tuyên Quang",
    village_handle: "lang-banh-gai-chiem-hoa",
    story_vi:
      "Hợp tác xã gồm các chị em người Tày làm bánh gai, bánh chưng đen theo công thức gia truyền; bánh gai Chiêm Hóa của hợp tác xã đạt OCOP 4 sao. Bánh được làm mới mỗi ngày, lá gai và gạo nếp mua từ các hộ trong xã.",
    story_en:
      "A cooperative of Tày women who make ramie-leaf cakes and black sticky-rice cakes from family recipes; its Chiêm Hóa ramie-leaf cake is rated OCOP 4 stars. Cakes are made fresh every day, with ramie leaves and glutinous rice bought from households in the commune.",
  },
  {
    handle: "co-so-mien-dong-ly-hoa",
    name: "Cơ sở miến dong Lý Hòa",
    legal_kind: "household",
    tax_code: null,
    phone: "0977406518",
    email: "miendong.lyhoa@example.vn",
    address: "thôn Cầu Trắng, xã Sơn Dương, tỉnh Tuyên Quang",
    village_handle: "lang-mien-dong-hop-thanh",
    story_vi:
      "Gia đình bà Hòa làm miến dong đã ba đời, tự trồng khoảng 2 ha dong riềng và thu mua thêm của hàng xóm. Mùa làm miến chính từ tháng 11 đến tháng 3, khi trời hanh để phơi sợi. Năm 2023 gia đình xây bể lắng ba ngăn để xử lý nước thải tinh bột.",
    story_en:
      "Mrs Hòa's family has made arrowroot noodles for three generations, growing about 2 ha of edible canna and buying more from neighbours. The main season runs from November to March, when the dry air is right for drying. In 2023 the family built a three-chamber settling tank for its starch wastewater.",
  },
  {
    handle: "htx-phong-tho",
    name: "Hợp tác xã Phong Thổ",
    legal_kind: "cooperative",
    tax_code: "5000567895",
    phone: "0947315620",
    email: "matonghuongrung@example.vn",
    address: "thôn Khuổi Ma, xã Hùng Lợi, tỉnh Tuyên Quang",
    village_handle: "lang-nuoi-ong-hung-loi",
    story_vi:
      "Hợp tác xã có khoảng 30 thành viên nuôi hơn 1.000 đàn ong nội dưới tán rừng; sản phẩm Mật ong Hương rừng đạt OCOP 4 sao. Mỗi lô mật được đo thủy phần trước khi đóng chai và ghi ngày quay mật trên nhãn.",
    story_en:
      "About 30 members keep more than 1,000 colonies of native bees under the forest canopy; the cooperative's Hương rừng forest honey is rated OCOP 4 stars. Each lot is tested for moisture before bottling, and the extraction date is printed on the label.",
  },
  {
    handle: "ho-sung-mi-cho",
    name: "Hộ ông Sùng Mí Chớ",
    legal_kind: "household",
    tax_code: null,
    phone: "0366852173",
    email: "sungmicho.matong@example.vn",
    address: "thôn Pả Vi Thượng, xã Mèo Vạc, tỉnh Tuyên Quang",
    village_handle: "vung-ong-bac-ha-pa-vi",
    story_vi:
      "Gia đình người Mông nuôi khoảng 60 đàn ong nội trong đõ gỗ đặt quanh nhà và trên nương ngô. Hoa bạc hà chỉ nở một lần mỗi năm nên lượng mật có hạn, thường hết trước Tết. Gia đình tham gia nhóm hộ được cấp quyền sử dụng chỉ dẫn địa lý Mật ong bạc hà Mèo Vạc.",
    story_en:
      "A Hmong family keeping about 60 colonies of native bees in log hives around the house and in the corn fields. Mint flowers bloom only once a year, so the honey is limited and usually sold out before Tết. The family belongs to a group of households authorised to use the Mèo Vạc mint honey geographical indication.",
  },
  {
    handle: "htx-det-lanh-lung-tam",
    name: "Hợp tác xã dệt lanh Lùng Tám",
    legal_kind: "cooperative",
    tax_code: "5100234561",
    phone: "0912608734",
    email: "detlanh.lungtam@example.vn",
    address: "thôn Lùng Tám Cao, xã Lùng Tám, tỉnh Tuyên Quang",
    village_handle: "lang-det-lanh-lung-tam",
    story_vi:
      "Hợp tác xã tập hợp phụ nữ Mông trong xã giữ nghề dệt lanh, từ trồng cây lanh, tước sợi, nối sợi, dệt, vẽ sáp ong đến nhuộm chàm, khoảng 40 công đoạn. Phòng trưng bày của hợp tác xã nằm bên đường lên Đồng Văn, khách có thể xem và thử nối sợi lanh.",
    story_en:
      "The cooperative brings together Hmong women who keep hemp-linen weaving alive, from growing the plant, stripping and splicing fibre and weaving, to beeswax drawing and indigo dyeing, some 40 steps. Its showroom on the road to Đồng Văn lets visitors watch and try splicing hemp.",
  },
  {
    handle: "htx-tho-cam-thuong-lam",
    name: "Hợp tác xã dệt thổ cẩm Thượng Lâm",
    legal_kind: "cooperative",
    tax_code: "5000456786",
    phone: "0834927016",
    email: "thocam.thuonglam@example.vn",
    address: "thôn Nà Thuôm, xã Thượng Lâm, tỉnh Tuyên Quang",
    village_handle: "lang-tho-cam-thuong-lam",
    story_vi:
      "Hợp tác xã của các bà, các chị người Tày dệt chăn, khăn, túi theo hoa văn cổ chép lại từ những tấm chăn của các cụ. Thành viên lớn tuổi dạy kỹ thuật dệt và nhuộm cho lớp trẻ vào mùa nông nhàn. Hợp tác xã còn đón khách lưu trú trong nhà sàn.",
    story_en:
      "A cooperative of Tày women weaving blankets, scarves and bags in old patterns copied from their grandmothers' blankets. Older members teach weaving and dyeing to younger women between farm seasons. The cooperative also hosts guests in its members' stilt houses.",
  },
  {
    handle: "ho-ly-thi-sinh",
    name: "Hộ bà Lý Thị Sinh",
    legal_kind: "household",
    tax_code: null,
    phone: "0356218094",
    email: "lythisinh.pathen@example.vn",
    address: "thôn Nà Co, xã Minh Quang, tỉnh Tuyên Quang",
    village_handle: "lang-det-pa-then-hong-quang",
    story_vi:
      "Bà Sinh là một trong số ít người Pà Thẻn ở Hồng Quang còn dệt được khăn và váy truyền thống. Bà làm theo đơn đặt trước và nhận dạy dệt cho con cháu cùng khách đến học.",
    story_en:
      "Mrs Sinh is one of the few Pà Thẻn women in Hồng Quang who can still weave the traditional headscarf and skirt. She works to order and teaches weaving to the young people of the village and to visitors.",
  },
  {
    handle: "ho-ma-van-thanh",
    name: "Hộ ông Ma Văn Thành",
    legal_kind: "household",
    tax_code: null,
    phone: "0387540619",
    email: "mavanthanh.non@example.vn",
    address: "thôn Nà Mụ, xã Minh Quang, tỉnh Tuyên Quang",
    village_handle: "lang-dan-non-minh-quang",
    story_vi:
      "Ông Thành học đan nón từ bố và hiện cùng vợ làm nón, đồ tre lúc nông nhàn. Nghề đan nón ở Minh Quang ít người trẻ theo, nhiều nhà đã bỏ nghề, nên ông nhận dạy cho thanh niên trong thôn.",
    story_en:
      "Mr Thành learned hat-making from his father and now makes hats and bamboo ware with his wife between farm seasons. Few young people in Minh Quang take up the craft and many families have stopped, so he teaches young people in the village.",
  },
  {
    handle: "cong-ty-nong-san-ham-yen",
    name: "Công ty TNHH Nông sản Cam sành Hàm Yên",
    legal_kind: "enterprise",
    tax_code: "5000901236",
    phone: "0973164208",
    email: "camsanh.hamyen@example.vn",
    address: "thôn Làng Chang, xã Phù Lưu, tỉnh Tuyên Quang",
    village_handle: "lang-cam-sanh-phu-luu",
    story_vi:
      "Doanh nghiệp thu mua, phân loại và đóng gói cam sành của hơn 80 hộ trồng ở Phù Lưu, có kho mát nhỏ và dây chuyền rửa, phân cỡ quả. Công ty được cấp quyền sử dụng chỉ dẫn địa lý Cam sành Hàm Yên và dán tem truy xuất cho từng thùng.",
    story_en:
      "The company buys, grades and packs king oranges from more than 80 growers in Phù Lưu, with a small cool store and a washing and sizing line. It is authorised to use the Hàm Yên orange geographical indication and puts a traceability label on every carton.",
  },
  {
    handle: "ho-nguyen-van-thang-soi-ha",
    name: "Hộ ông Nguyễn Văn Thắng",
    legal_kind: "household",
    tax_code: null,
    phone: "0325791846",
    email: "buoisoiha.thang@example.vn",
    address: "thôn Soi Hà, xã Xuân Vân, tỉnh Tuyên Quang",
    village_handle: "lang-buoi-soi-ha",
    story_vi:
      "Gia đình ông Thắng có khoảng 300 gốc bưởi trên bãi soi ven sông Lô, trồng theo kinh nghiệm truyền lại từ đời ông. Bưởi được hái theo đơn và gửi đi trong ngày.",
    story_en:
      "Mr Thắng's family has about 300 pomelo trees on the river banks of the Lô, grown the way his grandfather taught. Fruit is picked to order and shipped the same day.",
  },
  {
    handle: "htx-hong-khong-hat-quan-ba",
    name: "Hợp tác xã Hồng không hạt Quản Bạ",
    legal_kind: "cooperative",
    tax_code: "5100678905",
    phone: "0948263571",
    email: "hongquanba@example.vn",
    address: "thôn Nặm Đăm, xã Quản Bạ, tỉnh Tuyên Quang",
    village_handle: "lang-hong-khong-hat-quyet-tien",
    story_vi:
      "Hợp tác xã gồm các hộ người Dao, Mông, Tày trồng hồng không hạt ở Nặm Đăm và các thôn lân cận, có xưởng sấy để chế biến quả loại hai. Mùa hồng chín tháng 9, tháng 10, hợp tác xã đưa khách đi thăm vườn.",
    story_en:
      "A cooperative of Dao, Hmong and Tày households growing seedless persimmons in Nặm Đăm and nearby hamlets, with a drying workshop for second-grade fruit. In the September–October season it takes visitors round the orchards.",
  },
  {
    handle: "ho-vang-seo-din",
    name: "Hộ ông Vàng Seo Dìn",
    legal_kind: "household",
    tax_code: null,
    phone: "0705318264",
    email: "ruoungo.seodin@example.vn",
    address: "thôn Lùng Vài, xã Nghĩa Thuận, tỉnh Tuyên Quang",
    village_handle: "lang-ruou-ngo-thanh-van",
    story_vi:
      "Gia đình ông Dìn nấu rượu ngô bằng men lá tự làm theo bài của dòng họ; ngô được ủ 7–10 ngày trước khi chưng cất. Gia đình đã xây bể biogas cho nước thải, bã rượu dùng để nuôi lợn.",
    story_en:
      "Mr Dìn's family distils corn liquor with a leaf yeast made to the family's own recipe; the corn ferments for 7–10 days before distilling. The family has built a biogas tank for the wastewater and feeds the spent mash to its pigs.",
  },
  {
    handle: "cong-ty-may-tre-chiem-hoa",
    name: "Công ty TNHH Mây tre Chiêm Hóa",
    legal_kind: "enterprise",
    tax_code: "5000345010",
    phone: "0886402973",
    email: "maytre.chiemhoa@example.vn",
    address: "thôn Bản Khiển, xã Minh Quang, tỉnh Tuyên Quang",
    village_handle: "lang-dan-non-minh-quang",
    story_vi:
      "Công ty đặt hàng đồ mây tre của các hộ đan ở Minh Quang và vùng lân cận, tự làm khâu xử lý nan chống mốc, hoàn thiện và đóng gói. Công ty trả công theo sản phẩm và đưa mẫu mã mới về làng để giữ người đan ở lại với nghề.",
    story_en:
      "The company orders bamboo and rattan ware from weaving households in Minh Quang and nearby, and does the anti-mould treatment, finishing and packing itself. It pays by the piece and brings new designs to the village to keep weavers in the craft.",
  },
]

// ---------------------------------------------------------------------------
// Artisans (invented people; titles and years are for demonstration only)
// ---------------------------------------------------------------------------

export const ARTISANS: DemoArtisan[] = [
  {
    handle: "hoang-thi-lien",
    name: "Hoàng Thị Liên",
    title: "nghe_nhan_nhan_dan",
    title_year: 2023,
    ethnic_group: "Tày",
    village_handle: "lang-tho-cam-thuong-lam",
    producer_handle: "htx-tho-cam-thuong-lam",
    bio_vi:
      "Bà Liên ngồi khung cửi từ năm mười hai tuổi, học dệt từ mẹ và bà ngoại. Bà thuộc hơn bốn mươi mẫu hoa văn Tày cổ và chép lại nhiều mẫu từ những tấm chăn cũ còn giữ trong làng. Hơn hai mươi năm nay, mỗi mùa nông nhàn bà mở lớp dạy dệt cho các cô gái trong xã.",
    bio_en:
      "Mrs Liên sat at the loom at twelve, taught by her mother and grandmother. She knows more than forty old Tày motifs by heart and has copied many more from the old blankets still kept in the village. For over twenty years she has taught the commune's young women to weave between farm seasons.",
    works: [
      {
        title_vi: "Chăn hoa trám và sao tám cánh",
        title_en: "Blanket with lozenges and eight-pointed stars",
        year: 2016,
        description_vi: "Chăn cưới dệt trong ba tháng, nền chàm, hoa văn đỏ và vàng nhuộm từ cây cỏ quanh nhà.",
        description_en: "A wedding blanket woven over three months: indigo ground, red and yellow motifs in dyes from plants around the house.",
        illustration: { motif: "brocade", palette: 0 },
      },
      {
        title_vi: "Dải thắt lưng cưới",
        title_en: "Wedding sash",
        year: 2019,
        description_vi: "Dải vải dài hai sải tay, dệt hoa văn hình người và hình chim theo mẫu của bà ngoại.",
        description_en: "A sash two arm-spans long, woven with human and bird figures after her grandmother's pattern.",
        illustration: { motif: "brocade", palette: 2 },
      },
      {
        title_vi: "Tranh dệt Bốn mùa Lâm Bình",
        title_en: "Four Seasons of Lâm Bình, a woven panel",
        year: 2023,
        description_vi: "Bộ bốn tấm dệt cảnh ruộng bậc thang, hồ Na Hang, mùa lúa chín và lễ hội Lồng tồng.",
        description_en: "Four woven panels: terraced fields, the Na Hang lake, the rice harvest and the Lồng tồng festival.",
        illustration: { motif: "brocade", palette: 4 },
      },
    ],
  },
  {
    handle: "ma-thi-nhan",
    name: "Ma Thị Nhàn",
    title: "tho_gioi",
    title_year: 2023,
    ethnic_group: "Tày",
    village_handle: "lang-tho-cam-thuong-lam",
    producer_handle: "htx-tho-cam-thuong-lam",
    bio_vi:
      "Chị Nhàn là học trò của nghệ nhân Hoàng Thị Liên và là một trong những người trẻ nhất của hợp tác xã được công nhận thợ giỏi. Chị dệt túi, khăn theo hoa văn cổ nhưng phối màu mới để hợp với khách ở thành phố.",
    bio_en:
      "Ms Nhàn learned from the artisan Hoàng Thị Liên and is one of the youngest cooperative members recognised as a skilled weaver. She weaves bags and scarves in the old motifs, in new colour combinations for city buyers.",
    works: [
      {
        title_vi: "Túi hoa văn trám phối màu chàm nhạt",
        title_en: "Lozenge-pattern bag in pale indigo",
        year: 2023,
        description_vi: "Mẫu túi đeo vai giữ hoa văn trám cổ, nền chàm nhạt, được hợp tác xã đưa vào bán thường xuyên.",
        description_en: "A shoulder bag keeping the old lozenge motif on a pale indigo ground, now one of the cooperative's regular products.",
        illustration: { motif: "brocade", palette: 1 },
      },
    ],
  },
  {
    handle: "ly-thi-sinh",
    name: "Lý Thị Sinh",
    title: "nghe_nhan",
    title_year: 2021,
    ethnic_group: "Pà Thẻn",
    village_handle: "lang-det-pa-then-hong-quang",
    producer_handle: "ho-ly-thi-sinh",
    bio_vi:
      "Bà Sinh là một trong số ít người Pà Thẻn còn dệt trọn bộ khăn và váy truyền thống, từ se sợi, nhuộm đến dệt và thêu. Bà được tỉnh công nhận nghệ nhân năm 2021 và mỗi mùa đông dạy lại nghề cho các cháu gái trong thôn.",
    bio_en:
      "Mrs Sinh is one of the few Pà Thẻn women who can still make the whole traditional headscarf and skirt, from spinning and dyeing to weaving and embroidery. The province recognised her as an artisan in 2021, and every winter she teaches the craft to the village girls.",
    works: [
      {
        title_vi: "Khăn đội đầu Pà Thẻn",
        title_en: "Pà Thẻn headscarf",
        year: 2019,
        description_vi: "Khăn nền đỏ, hai đầu dệt hoa văn trắng đen, tua chỉ ngũ sắc; mỗi chiếc dệt mất khoảng hai tuần.",
        description_en: "A red headscarf with black and white motifs at both ends and five-colour tassels; each takes about two weeks.",
        illustration: { motif: "brocade", palette: 2 },
      },
      {
        title_vi: "Váy cưới Pà Thẻn",
        title_en: "Pà Thẻn wedding skirt",
        year: 2021,
        description_vi: "Váy cưới dệt cho cháu gái, giữ đủ các dải hoa văn theo đúng thứ tự các cụ truyền lại.",
        description_en: "A wedding skirt woven for her granddaughter, keeping every band of motifs in the order the elders handed down.",
        illustration: { motif: "brocade", palette: 3 },
      },
    ],
  },
  {
    handle: "giang-thi-sua",
    name: "Giàng Thị Súa",
    title: "nghe_nhan_uu_tu",
    title_year: 2023,
    ethnic_group: "Mông",
    village_handle: "lang-det-lanh-lung-tam",
    producer_handle: "htx-det-lanh-lung-tam",
    bio_vi:
      "Bà Súa làm đủ khoảng 40 công đoạn của nghề lanh, từ gieo hạt lanh, tước sợi, nối sợi, dệt đến vẽ sáp ong và nhuộm chàm. Bà là một trong những người sáng lập hợp tác xã và là người hướng dẫn khách tham quan thử nối sợi lanh tại phòng trưng bày.",
    bio_en:
      "Mrs Súa does all of the hemp craft's forty-odd steps, from sowing and stripping to splicing, weaving, beeswax drawing and indigo dyeing. She is one of the cooperative's founders and shows visitors how to splice hemp in its showroom.",
    works: [
      {
        title_vi: "Váy lanh vẽ sáp ong",
        title_en: "Beeswax-drawn hemp skirt",
        year: 2017,
        description_vi: "Váy xòe của phụ nữ Mông, hoa văn xoắn ốc và chữ thập vẽ bằng bút đồng nhúng sáp ong nóng trước khi nhuộm chàm.",
        description_en: "A Hmong pleated skirt with spiral and cross motifs drawn in hot beeswax with a copper pen before indigo dyeing.",
        illustration: { motif: "hemp_linen", palette: 0 },
      },
      {
        title_vi: "Tấm vải lanh hoa văn xoắn ốc",
        title_en: "Hemp cloth with spiral motifs",
        year: 2020,
        description_vi: "Tấm vải dài ba mét, nhuộm chàm năm lần để có màu xanh sẫm đều, trưng bày tại hội chợ làng nghề của tỉnh.",
        description_en: "A three-metre cloth dyed five times in indigo for an even deep blue, shown at the province's craft-village fair.",
        illustration: { motif: "hemp_linen", palette: 4 },
      },
    ],
  },
  {
    handle: "sung-thi-my",
    name: "Sùng Thị Mỷ",
    title: "tho_gioi",
    title_year: 2022,
    ethnic_group: "Mông",
    village_handle: "lang-det-lanh-lung-tam",
    producer_handle: "htx-det-lanh-lung-tam",
    bio_vi:
      "Chị Mỷ học nghề từ bà Giàng Thị Súa và chuyên dệt khăn, túi vải lanh cho hợp tác xã. Chị cùng các chị em trong thôn nhận dệt theo đơn của các nhà thiết kế ở Hà Nội.",
    bio_en:
      "Ms Mỷ learned from Mrs Giàng Thị Súa and weaves hemp scarves and bags for the cooperative. With other women in the hamlet she takes orders from designers in Hà Nội.",
    works: [
      {
        title_vi: "Khăn quàng lanh nhuộm chàm",
        title_en: "Indigo-dyed hemp scarf",
        year: 2022,
        description_vi: "Khăn dệt sợi lanh mảnh, nhuộm chàm hai lần để giữ màu xanh nhạt, viền thêu chỉ đỏ.",
        description_en: "A scarf of fine hemp thread, dyed twice in indigo for a light blue, edged with red embroidery.",
        illustration: { motif: "hemp_linen", palette: 2 },
      },
    ],
  },
  {
    handle: "ma-van-thanh",
    name: "Ma Văn Thành",
    title: "tho_gioi",
    title_year: 2020,
    ethnic_group: "Tày",
    village_handle: "lang-dan-non-minh-quang",
    producer_handle: "ho-ma-van-thanh",
    bio_vi:
      "Ông Thành đan nón từ năm mười lăm tuổi, theo cách cha ông truyền lại: khung nón vót từ tre bánh tẻ, lá cọ phơi sương cho trắng rồi mới khâu. Ông được huyện công nhận thợ giỏi năm 2020 và đang dạy nghề cho thanh niên trong thôn.",
    bio_en:
      "Mr Thành has made hats since he was fifteen, the way his father taught him: the frame whittled from half-mature bamboo, the palm leaves bleached in the dew before stitching. He was recognised as a skilled craftsman in 2020 and teaches the village's young people.",
    works: [
      {
        title_vi: "Nón lá cọ mười sáu vòng nan",
        title_en: "Sixteen-ring palm-leaf hat",
        year: 2018,
        description_vi: "Chiếc nón khung mười sáu vòng nan đều tay, lá cọ khâu kín, mang dự hội thi thợ giỏi của huyện.",
        description_en: "A hat on an even sixteen-ring frame with tightly stitched palm leaves, entered in the district's skilled-craftsman contest.",
        illustration: { motif: "bamboo_rattan", palette: 4 },
      },
      {
        title_vi: "Mẹt tre hoa văn mắt cáo",
        title_en: "Bamboo tray in hexagonal weave",
        year: 2021,
        description_vi: "Mẹt đường kính 60 cm, nan hun khói chống mọt, đan hoa văn mắt cáo.",
        description_en: "A 60 cm tray of smoke-cured strips against borers, in an open hexagonal weave.",
        illustration: { motif: "bamboo_rattan", palette: 1 },
      },
    ],
  },
  {
    handle: "ha-van-thuan",
    name: "Hà Văn Thuận",
    title: "nghe_nhan",
    title_year: 2019,
    ethnic_group: "Tày",
    village_handle: "lang-dan-non-minh-quang",
    producer_handle: "cong-ty-may-tre-chiem-hoa",
    bio_vi:
      "Ông Thuận là người thiết kế các mẫu đan mới cho công ty mây tre Chiêm Hóa và đi hướng dẫn các hộ đan trong xã làm theo mẫu. Ông giữ được kỹ thuật chẻ mây sợi nhỏ mà ít người trong vùng còn làm.",
    bio_en:
      "Mr Thuận designs the new woven pieces for the Chiêm Hóa bamboo and rattan company and shows weaving households in the commune how to make them. He keeps the fine rattan-splitting technique that few in the area still use.",
    works: [
      {
        title_vi: "Làn mây hoa văn chữ thọ",
        title_en: "Rattan basket with longevity pattern",
        year: 2019,
        description_vi: "Làn mây sợi nhỏ đan nổi chữ thọ hai mặt, tác phẩm được công nhận khi xét danh hiệu nghệ nhân.",
        description_en: "A basket of fine rattan with the longevity character raised on both sides, the piece behind his artisan title.",
        illustration: { motif: "bamboo_rattan", palette: 3 },
      },
      {
        title_vi: "Bộ khay tre lồng ba",
        title_en: "Set of three nesting bamboo trays",
        year: 2022,
        description_vi: "Mẫu khay lồng nhau thiết kế cho khách làm quà, nay do nhiều hộ trong xã cùng đan.",
        description_en: "Nesting trays designed as a gift, now woven by many households in the commune.",
        illustration: { motif: "bamboo_rattan", palette: 2 },
      },
    ],
  },
  {
    handle: "trieu-van-lin",
    name: "Triệu Văn Lìn",
    title: "nghe_nhan",
    title_year: 2020,
    ethnic_group: "Dao",
    village_handle: "lang-che-shan-tuyet-hong-thai",
    producer_handle: "htx-son-tra-hong-thai",
    bio_vi:
      "Ông Lìn sao chè bằng chảo gang trên bếp củi đã hơn ba mươi năm, nhận biết độ chín của mẻ chè bằng mùi và tiếng lá reo trong chảo. Ông phụ trách khâu sao sấy ở xưởng của hợp tác xã và truyền kinh nghiệm cho thợ trẻ.",
    bio_en:
      "Mr Lìn has pan-fired tea in cast-iron woks over wood fires for more than thirty years, judging each batch by its smell and the sound of the leaves in the pan. He runs the firing at the cooperative's workshop and passes his experience on to young workers.",
    works: [
      {
        title_vi: "Trà Shan tuyết sao chảo gang",
        title_en: "Wok-fired Shan tuyết tea",
        year: 2019,
        description_vi: "Mẻ trà búp từ cây chè cổ thụ trên 100 năm tuổi, sao tay hai lửa, dự thi và đạt giải tại lễ hội trà của tỉnh.",
        description_en: "Buds from tea trees over a hundred years old, hand-fired twice, awarded at the province's tea festival.",
        illustration: { motif: "tea", palette: 1 },
      },
      {
        title_vi: "Trà bánh ủ ống tre",
        title_en: "Tea pressed in bamboo tubes",
        year: 2021,
        description_vi: "Chè ép vào ống nứa non rồi hơ lửa, cách làm cũ của người Dao được ông làm lại.",
        description_en: "Tea pressed into young bamboo tubes and roasted over the fire, an old Dao method he revived.",
        illustration: { motif: "tea", palette: 4 },
      },
    ],
  },
  {
    handle: "ban-van-quay",
    name: "Bàn Văn Quẩy",
    title: "tho_gioi",
    title_year: 2021,
    ethnic_group: "Dao",
    village_handle: "lang-che-shan-tuyet-phin-ho",
    producer_handle: "htx-che-phin-ho",
    bio_vi:
      "Anh Quẩy là thợ chế biến chính của hợp tác xã chè Phìn Hồ, chuyên làm hồng trà và bạch trà từ búp chè Shan tuyết cổ thụ. Mỗi mùa xuân anh hướng dẫn khách đến xưởng xem hái và làm trà.",
    bio_en:
      "Mr Quẩy is the Phìn Hồ tea cooperative's head tea-maker, specialising in black and white tea from old Shan tuyết buds. Every spring he shows visitors round the workshop during picking and processing.",
    works: [
      {
        title_vi: "Bạch trà Phìn Hồ",
        title_en: "Phìn Hồ white tea",
        year: 2021,
        description_vi: "Búp non một tôm phơi héo tự nhiên trong bóng râm, không vò, giữ nguyên lớp lông tơ trắng.",
        description_en: "Single young buds withered naturally in the shade, unrolled, keeping their white down.",
        illustration: { motif: "tea", palette: 3 },
      },
    ],
  },
]

// ---------------------------------------------------------------------------
// Products
// ---------------------------------------------------------------------------

export const PRODUCTS: DemoProduct[] = [
  // --- Hợp tác xã Sơn Trà Hồng Thái -------------------------------------------
  {
    handle: "che-shan-tuyet-hong-thai-bup-xanh",
    producer_handle: "htx-son-tra-hong-thai",
    craft: "tea",
    title_vi: "Chè Shan tuyết Hồng Thái búp xanh",
    title_en: "Hồng Thái Shan tuyết green tea",
    subtitle_vi: "Chè xanh sao chảo từ cây cổ thụ",
    subtitle_en: "Pan-fired green tea from old trees",
    description_vi:
      "Búp một tôm hai lá hái tay từ cây chè Shan tuyết cổ thụ trên núi đá vôi Hồng Thái, sao diệt men, vò tay rồi sấy lại trên chảo gang. Nước chè xanh vàng sánh, hương cốm non, vị chát dịu và hậu ngọt kéo dài. Pha 5 g chè với 150 ml nước khoảng 85–90 °C, hãm 1–2 phút; pha lại được 5–6 nước.",
    description_en:
      "One bud and two leaves hand-picked from old Shan tuyết trees on the limestone slopes of Hồng Thái, pan-fired, hand-rolled and dried again in a cast-iron wok. The liquor is bright yellow-green with a young-rice aroma, gentle astringency and a long sweet finish. Brew 5 g in 150 ml of water at 85–90 °C for 1–2 minutes; it gives 5–6 infusions.",
    option_title_vi: "Khối lượng",
    option_title_en: "Weight",
    variants: [
      { title_vi: "Hộp 100 g", title_en: "100 g box", sku: "ST-SHAN-XANH-100G", price_vnd: 160000, price_usd: 7.5, stock: 120, gtin: "8938532010018", weight_g: 180 },
      { title_vi: "Hộp 200 g", title_en: "200 g box", sku: "ST-SHAN-XANH-200G", price_vnd: 300000, price_usd: 13.5, stock: 80, gtin: "8938532010025", weight_g: 330 },
      { title_vi: "Túi 500 g", title_en: "500 g pouch", sku: "ST-SHAN-XANH-500G", price_vnd: 690000, price_usd: 29, stock: 35, gtin: "8938532010032", weight_g: 560 },
    ],
    illustration: { motif: "tea", palette: 1 },
  },
  {
    handle: "bach-tra-shan-tuyet-hong-thai",
    producer_handle: "htx-son-tra-hong-thai",
    craft: "tea",
    title_vi: "Bạch trà Shan tuyết Hồng Thái",
    title_en: "Hồng Thái Shan tuyết white tea",
    subtitle_vi: "Búp đơn phủ lông tơ, làm héo tự nhiên",
    subtitle_en: "Downy single buds, naturally withered",
    description_vi:
      "Chỉ dùng búp non còn phủ lông tơ trắng, làm héo tự nhiên và sấy nhẹ, không vò, không sao, nên búp giữ gần như nguyên hình. Nước trà vàng nhạt như mật ong loãng, vị thanh, ngọt nhẹ, hương hoa khô. Pha ở khoảng 80 °C, hãm 3–4 phút.",
    description_en:
      "Made only from young buds still covered in white down, withered naturally and gently dried without rolling or firing, so each bud keeps its shape. The cup is pale honey-coloured, clean and lightly sweet with a dried-flower aroma. Brew at about 80 °C for 3–4 minutes.",
    option_title_vi: "Khối lượng",
    option_title_en: "Weight",
    variants: [
      { title_vi: "Hộp 50 g", title_en: "50 g box", sku: "ST-BACHTRA-50G", price_vnd: 420000, price_usd: 18.5, stock: 4, gtin: "8938532010117", weight_g: 120 },
    ],
    illustration: { motif: "tea", palette: 3 },
  },
  {
    handle: "hong-tra-shan-tuyet-hong-thai",
    producer_handle: "htx-son-tra-hong-thai",
    craft: "tea",
    title_vi: "Hồng trà Shan tuyết Hồng Thái",
    title_en: "Hồng Thái Shan tuyết black tea",
    subtitle_vi: "Lên men hoàn toàn, hương mật ong",
    subtitle_en: "Fully oxidised, honeyed aroma",
    description_vi:
      "Lá chè Shan tuyết được làm héo, vò và lên men hoàn toàn rồi sấy khô theo cách làm hồng trà. Nước màu đỏ hổ phách, hương mật ong và mạch nha, vị ngọt dày, ít chát. Hợp uống nóng vào mùa lạnh hoặc pha với sữa.",
    description_en:
      "Shan tuyết leaf withered, rolled and fully oxidised, then dried in the black-tea style. The liquor is amber-red with notes of honey and malt, a full sweetness and little astringency. Good hot in cold weather or with milk.",
    option_title_vi: "Khối lượng",
    option_title_en: "Weight",
    variants: [
      { title_vi: "Hộp 100 g", title_en: "100 g box", sku: "ST-HONGTRA-100G", price_vnd: 220000, price_usd: 9.5, stock: 60, gtin: "8938532010216", weight_g: 170 },
    ],
    illustration: { motif: "tea", palette: 2 },
  },
  {
    handle: "tra-shan-tuyet-hong-thai-ep-banh",
    producer_handle: "htx-son-tra-hong-thai",
    craft: "tea",
    title_vi: "Trà Shan tuyết Hồng Thái ép bánh",
    title_en: "Hồng Thái Shan tuyết pressed tea cake",
    subtitle_vi: "Bánh trà 357 g để lâu càng êm",
    subtitle_en: "357 g cake that mellows with age",
    description_vi:
      "Chè Shan tuyết phơi nắng được hấp mềm, ép thành bánh tròn 357 g và để già hóa tự nhiên. Bánh mới có vị chát mạnh; để vài năm nước chuyển màu cam và vị êm hơn. Dùng dao trà tách khoảng 7 g cho mỗi ấm.",
    description_en:
      "Sun-dried Shan tuyết leaf is steamed soft, pressed into a round 357 g cake and left to age naturally. Young cakes are brisk and astringent; after a few years the liquor turns orange and the taste softens. Use a tea knife to prise off about 7 g per pot.",
    option_title_vi: "Quy cách",
    option_title_en: "Pack",
    variants: [
      { title_vi: "Bánh 357 g", title_en: "357 g cake", sku: "ST-EPBANH-357G", price_vnd: 650000, price_usd: 28, stock: 25, gtin: null, weight_g: 420 },
    ],
    illustration: { motif: "tea", palette: 4 },
  },

  // --- Hợp tác xã chè Phìn Hồ -------------------------------------------------
  {
    handle: "tra-xanh-shan-tuyet-phin-ho",
    producer_handle: "htx-che-phin-ho",
    craft: "tea",
    title_vi: "Trà xanh Shan tuyết Phìn Hồ",
    title_en: "Phìn Hồ Shan tuyết green tea",
    subtitle_vi: "Chè cổ thụ trên 1.200 m, canh tác hữu cơ",
    subtitle_en: "Old trees above 1,200 m, grown organically",
    description_vi:
      "Người Dao đỏ thôn Phìn Hồ hái chè từ những cây Shan tuyết trăm năm tuổi ở độ cao trên 1.200 m, không phun thuốc, không bón phân hóa học. Sợi chè xoăn, còn lớp lông tơ trắng; nước xanh vàng trong, hương cốm, vị ngọt đọng lâu ở cổ họng.",
    description_en:
      "Red Dao families in Phìn Hồ pick from century-old Shan tuyết trees above 1,200 m, with no pesticides or chemical fertiliser. The twisted leaves keep their white down; the liquor is clear yellow-green with a toasted-rice aroma and a sweetness that lingers in the throat.",
    option_title_vi: "Khối lượng",
    option_title_en: "Weight",
    variants: [
      { title_vi: "Hộp 100 g", title_en: "100 g box", sku: "PH-XANH-100G", price_vnd: 190000, price_usd: 8.5, stock: 90, gtin: "8938512001012", weight_g: 180 },
      { title_vi: "Hộp 250 g", title_en: "250 g box", sku: "PH-XANH-250G", price_vnd: 440000, price_usd: 19, stock: 45, gtin: "8938512001029", weight_g: 380 },
    ],
    illustration: { motif: "tea", palette: 1 },
  },
  {
    handle: "hong-tra-co-thu-phin-ho",
    producer_handle: "htx-che-phin-ho",
    craft: "tea",
    title_vi: "Hồng trà cổ thụ Phìn Hồ",
    title_en: "Phìn Hồ old-tree black tea",
    subtitle_vi: "Sấy than củi, hương khói nhẹ",
    subtitle_en: "Charcoal-dried with a light smokiness",
    description_vi:
      "Lá chè cổ thụ lên men hoàn toàn, sấy trên than củi nên có chút hương khói. Nước đỏ cam trong, hương mật, vị ngọt đậm; hợp pha trà sữa hoặc uống cùng bánh ngọt.",
    description_en:
      "Old-tree leaf, fully oxidised and dried over charcoal, which leaves a faint smokiness. The liquor is clear red-orange with a honeyed aroma and deep sweetness; good for milk tea or with cakes.",
    option_title_vi: "Khối lượng",
    option_title_en: "Weight",
    variants: [
      { title_vi: "Hộp 100 g", title_en: "100 g box", sku: "PH-HONGTRA-100G", price_vnd: 260000, price_usd: 11.5, stock: 50, gtin: "8938512001111", weight_g: 170 },
    ],
    illustration: { motif: "tea", palette: 2 },
  },
  {
    handle: "bach-tra-phin-ho",
    producer_handle: "htx-che-phin-ho",
    craft: "tea",
    title_vi: "Bạch trà Phìn Hồ",
    title_en: "Phìn Hồ white tea",
    subtitle_vi: "Búp đơn đầu xuân, sản lượng rất ít",
    subtitle_en: "Early-spring single buds, tiny harvest",
    description_vi:
      "Búp đơn hái vào những buổi sáng nắng ráo đầu xuân, phơi héo trên nong tre trong bóng râm và sấy ở nhiệt độ thấp. Búp bạc trắng, nước vàng rất nhạt, vị thanh ngọt. Mỗi vụ chỉ làm được ít nên thường hết hàng trước vụ mới.",
    description_en:
      "Single buds picked on dry, sunny mornings in early spring, withered on bamboo trays in the shade and dried at low temperature. The buds are silvery, the liquor very pale gold and clean-tasting. Each harvest is small, so it often sells out before the next one.",
    option_title_vi: "Khối lượng",
    option_title_en: "Weight",
    variants: [
      { title_vi: "Hộp 50 g", title_en: "50 g box", sku: "PH-BACHTRA-50G", price_vnd: 480000, price_usd: 21, stock: 0, gtin: "8938512001210", weight_g: 120 },
    ],
    illustration: { motif: "tea", palette: 3 },
  },
  {
    handle: "hop-qua-tra-phin-ho-ba-vi",
    producer_handle: "htx-che-phin-ho",
    craft: "tea",
    title_vi: "Hộp quà trà Phìn Hồ ba vị",
    title_en: "Phìn Hồ three-tea gift box",
    subtitle_vi: "Trà xanh, hồng trà và bạch trà",
    subtitle_en: "Green, black and white tea",
    description_vi:
      "Hộp gồm ba túi 50 g trà xanh, hồng trà và bạch trà Phìn Hồ trong hộp giấy kraft in hoa văn thêu của người Dao đỏ. Người nhận có thể thử ba cách chế biến khác nhau từ cùng một vùng chè cổ thụ.",
    description_en:
      "Three 50 g pouches of Phìn Hồ green, black and white tea in a kraft box printed with Red Dao embroidery patterns. A way to taste three styles of processing from the same old-tree garden.",
    option_title_vi: "Quy cách",
    option_title_en: "Pack",
    variants: [
      { title_vi: "Hộp 3 × 50 g", title_en: "3 × 50 g box", sku: "PH-QUA-3X50G", price_vnd: 650000, price_usd: 28, stock: 30, gtin: null, weight_g: 320 },
    ],
    illustration: { motif: "tea", palette: 4 },
  },

  // --- Hợp tác xã Sử Anh (Chè Ngọc Thúy) -------------------------------------
  {
    handle: "che-bup-ngoc-thuy",
    producer_handle: "htx-su-anh-che-ngoc-thuy",
    craft: "tea",
    title_vi: "Chè búp Ngọc Thúy",
    title_en: "Ngọc Thúy bud tea",
    subtitle_vi: "Chè trung du VietGAP Mỹ Bằng",
    subtitle_en: "VietGAP midland tea from Mỹ Bằng",
    description_vi:
      "Chè trung du trồng trên 25 ha đồi đạt chứng nhận VietGAP ở Mỹ Bằng, hái một tôm hai lá và sao bằng máy quay tôn. Nước xanh vàng, vị chát đậm rồi ngọt hậu, hợp pha ấm uống hằng ngày theo kiểu người miền Bắc.",
    description_en:
      "Midland tea from 25 ha of VietGAP-certified hills in Mỹ Bằng, picked as one bud and two leaves and fired in a rotating drum. The cup is yellow-green, strongly astringent with a sweet finish: the everyday pot tea of northern Vietnam.",
    option_title_vi: "Khối lượng",
    option_title_en: "Weight",
    variants: [
      { title_vi: "Túi 200 g", title_en: "200 g pouch", sku: "NT-BUP-200G", price_vnd: 90000, price_usd: 4.5, stock: 200, gtin: "8936197002010", weight_g: 230 },
      { title_vi: "Túi 500 g", title_en: "500 g pouch", sku: "NT-BUP-500G", price_vnd: 210000, price_usd: 9.5, stock: 150, gtin: "8936197002027", weight_g: 550 },
    ],
    illustration: { motif: "tea", palette: 1 },
  },
  {
    handle: "tra-tui-loc-ngoc-thuy",
    producer_handle: "htx-su-anh-che-ngoc-thuy",
    craft: "tea",
    title_vi: "Trà túi lọc Ngọc Thúy",
    title_en: "Ngọc Thúy tea bags",
    subtitle_vi: "25 gói 2 g, tiện dùng văn phòng",
    subtitle_en: "25 × 2 g bags for the office",
    description_vi:
      "Chè búp Ngọc Thúy sấy khô, nghiền vừa và đóng túi lọc 2 g có dây và nhãn riêng. Pha một túi với 200 ml nước khoảng 90 °C trong 2–3 phút.",
    description_en:
      "Dried Ngọc Thúy bud tea, cut medium and packed in 2 g bags with string and tag. Steep one bag in 200 ml of water at about 90 °C for 2–3 minutes.",
    option_title_vi: "Quy cách",
    option_title_en: "Pack",
    variants: [
      { title_vi: "Hộp 25 gói × 2 g", title_en: "Box of 25 × 2 g", sku: "NT-TUILOC-25", price_vnd: 65000, price_usd: 3.5, stock: 260, gtin: "8936197002119", weight_g: 110 },
    ],
    illustration: { motif: "tea", palette: 4 },
  },
  {
    handle: "che-moc-cau-ngoc-thuy",
    producer_handle: "htx-su-anh-che-ngoc-thuy",
    craft: "tea",
    title_vi: "Chè móc câu Ngọc Thúy đặc biệt",
    title_en: "Ngọc Thúy fishhook tea, special grade",
    subtitle_vi: "Búp non nhỏ, sợi cong như móc câu",
    subtitle_en: "Small young buds curled like fishhooks",
    description_vi:
      "Chỉ tuyển búp non nhỏ; khi sao, sợi chè co lại cong như lưỡi câu nên gọi là chè móc câu. Nước xanh trong, hương cốm rõ, vị chát nhẹ hơn chè búp thường.",
    description_en:
      "Only small young buds are selected; when fired they curl like fishhooks, hence the name. The liquor is clear green with a distinct toasted-rice aroma and less astringency than ordinary bud tea.",
    option_title_vi: "Khối lượng",
    option_title_en: "Weight",
    variants: [
      { title_vi: "Hộp 100 g", title_en: "100 g box", sku: "NT-MOCCAU-100G", price_vnd: 130000, price_usd: 6, stock: 90, gtin: null, weight_g: 170 },
      { title_vi: "Hộp 200 g", title_en: "200 g box", sku: "NT-MOCCAU-200G", price_vnd: 250000, price_usd: 11, stock: 60, gtin: null, weight_g: 310 },
    ],
    illustration: { motif: "tea", palette: 0 },
  },

  // --- Hợp tác xã Đồng Lộc ----------------------------------------------------
  {
    handle: "banh-gai-chiem-hoa",
    producer_handle: "htx-dong-loc",
    craft: "food",
    title_vi: "Bánh gai Chiêm Hóa",
    title_en: "Chiêm Hóa ramie-leaf cake",
    subtitle_vi: "Nhân đậu xanh, dừa, gói lá chuối khô",
    subtitle_en: "Mung bean and coconut filling, banana-leaf wrap",
    description_vi:
      "Vỏ bánh làm từ gạo nếp nương xay mịn trộn lá gai nấu nhừ, giã kỹ đến khi đen bóng; nhân đậu xanh, dừa nạo, mỡ lợn và vừng. Bánh gói lá chuối khô, buộc lạt giang rồi hấp chín. Để nơi thoáng mát dùng trong 5–7 ngày, ngăn đá tủ lạnh đến 3 tháng.",
    description_en:
      "The dough is finely ground upland glutinous rice pounded with cooked ramie leaves until glossy black; the filling is mung bean, grated coconut, pork fat and sesame. Each cake is wrapped in dried banana leaf, tied with bamboo string and steamed. Keeps 5–7 days in a cool place, or up to 3 months frozen.",
    option_title_vi: "Quy cách",
    option_title_en: "Pack",
    variants: [
      { title_vi: "Hộp 6 chiếc", title_en: "Box of 6", sku: "DL-BANHGAI-6", price_vnd: 90000, price_usd: 4, stock: 80, gtin: "8938533000117", weight_g: 780 },
      { title_vi: "Hộp 10 chiếc", title_en: "Box of 10", sku: "DL-BANHGAI-10", price_vnd: 145000, price_usd: 6.5, stock: 60, gtin: "8938533000124", weight_g: 1280 },
    ],
    illustration: { motif: "food", palette: 2 },
  },
  {
    handle: "banh-chung-den-chiem-hoa",
    producer_handle: "htx-dong-loc",
    craft: "food",
    title_vi: "Bánh chưng đen Chiêm Hóa",
    title_en: "Chiêm Hóa black sticky-rice cake",
    subtitle_vi: "Bánh Tết của người Tày, gạo nếp trộn than rơm",
    subtitle_en: "Tày festival cake, rice mixed with straw ash",
    description_vi:
      "Gạo nếp trộn than rơm nếp giã mịn nên hạt bánh đen ánh xanh; nhân thịt ba chỉ, đậu xanh và chút hạt tiêu rừng. Bánh gói dài bằng lá dong và luộc 10–12 tiếng. Để nơi mát dùng trong 7 ngày; có thể rán hoặc hấp lại.",
    description_en:
      "Glutinous rice is mixed with finely pounded rice-straw charcoal, giving a blue-black grain, and filled with pork belly, mung bean and a little wild pepper. The long cakes are wrapped in dong leaves and boiled for 10–12 hours. Keeps 7 days somewhere cool; fry or re-steam to serve.",
    option_title_vi: "Quy cách",
    option_title_en: "Pack",
    variants: [
      { title_vi: "Chiếc 0,8 kg", title_en: "Single, 0.8 kg", sku: "DL-CHUNGDEN-1", price_vnd: 85000, price_usd: 4, stock: 40, gtin: null, weight_g: 850 },
      { title_vi: "Cặp 2 chiếc", title_en: "Pair", sku: "DL-CHUNGDEN-2", price_vnd: 165000, price_usd: 7.5, stock: 3, gtin: null, weight_g: 1700 },
    ],
    illustration: { motif: "food", palette: 4 },
  },
  {
    handle: "bot-la-gai-kho",
    producer_handle: "htx-dong-loc",
    craft: "food",
    title_vi: "Bột lá gai khô",
    title_en: "Dried ramie-leaf powder",
    subtitle_vi: "Để tự làm bánh gai tại nhà",
    subtitle_en: "For making ramie-leaf cakes at home",
    description_vi:
      "Lá gai bánh được tuốt, luộc, phơi khô rồi xay thành bột mịn, không pha màu. Dùng khoảng 100 g bột lá gai cho 1 kg bột nếp khi tự làm bánh gai.",
    description_en:
      "Ramie leaves stripped, boiled, dried and milled to a fine powder with no added colour. Use about 100 g per 1 kg of glutinous rice flour to make your own cakes.",
    option_title_vi: "Khối lượng",
    option_title_en: "Weight",
    variants: [
      { title_vi: "Túi 500 g", title_en: "500 g bag", sku: "DL-BOTLAGAI-500G", price_vnd: 120000, price_usd: 5.5, stock: 70, gtin: null, weight_g: 530 },
    ],
    illustration: { motif: "food", palette: 1 },
  },

  // --- Cơ sở miến dong Lý Hòa -------------------------------------------------
  {
    handle: "mien-dong-hop-thanh",
    producer_handle: "co-so-mien-dong-ly-hoa",
    craft: "food",
    title_vi: "Miến dong Hợp Thành",
    title_en: "Hợp Thành arrowroot noodles",
    subtitle_vi: "Phơi nắng trên giàn tre, không chất tẩy trắng",
    subtitle_en: "Sun-dried on bamboo racks, no bleach",
    description_vi:
      "Sợi miến làm hoàn toàn từ tinh bột củ dong riềng trồng trên đồi, tráng bánh, thái sợi và phơi nắng trên giàn tre, không dùng chất tẩy trắng hay phụ gia. Sợi màu nâu trong, nấu lên dai và không nát. Ngâm nước lạnh 5–7 phút trước khi trụng hoặc xào.",
    description_en:
      "Made entirely from the starch of hill-grown edible canna: steamed into sheets, cut into strands and sun-dried on bamboo racks, with no bleach or additives. The strands are translucent brown and stay chewy without breaking up. Soak in cold water for 5–7 minutes before blanching or stir-frying.",
    option_title_vi: "Khối lượng",
    option_title_en: "Weight",
    variants: [
      { title_vi: "Túi 500 g", title_en: "500 g bag", sku: "LH-MIEN-500G", price_vnd: 55000, price_usd: 3, stock: 150, gtin: null, weight_g: 520 },
      { title_vi: "Túi 1 kg", title_en: "1 kg bag", sku: "LH-MIEN-1KG", price_vnd: 105000, price_usd: 5.5, stock: 120, gtin: null, weight_g: 1030 },
    ],
    illustration: { motif: "food", palette: 3 },
  },
  {
    handle: "mien-dong-soi-nho",
    producer_handle: "co-so-mien-dong-ly-hoa",
    craft: "food",
    title_vi: "Miến dong sợi nhỏ",
    title_en: "Fine arrowroot noodles",
    subtitle_vi: "Chín nhanh, hợp miến gà, miến lươn",
    subtitle_en: "Quick-cooking, for chicken or eel noodle soup",
    description_vi:
      "Sợi thái nhỏ hơn loại thường nên chín nhanh, hợp nấu miến gà, miến lươn hoặc trộn nộm. Cùng nguyên liệu dong riềng và cách phơi nắng tự nhiên như miến truyền thống.",
    description_en:
      "Cut finer than the standard noodle, so it cooks quickly; ideal for chicken or eel noodle soup and salads. Same canna starch and natural sun-drying as the traditional noodle.",
    option_title_vi: "Khối lượng",
    option_title_en: "Weight",
    variants: [
      { title_vi: "Túi 500 g", title_en: "500 g bag", sku: "LH-MIENNHO-500G", price_vnd: 60000, price_usd: 3, stock: 90, gtin: null, weight_g: 520 },
    ],
    illustration: { motif: "food", palette: 0 },
  },
  {
    handle: "tinh-bot-dong-rieng",
    producer_handle: "co-so-mien-dong-ly-hoa",
    craft: "food",
    title_vi: "Tinh bột dong riềng",
    title_en: "Edible canna starch",
    subtitle_vi: "Lọc nhiều lần nước, phơi khô",
    subtitle_en: "Washed several times and sun-dried",
    description_vi:
      "Tinh bột lọc từ củ dong riềng, lắng qua nhiều lần nước sạch rồi phơi khô. Dùng làm bánh, nấu chè hoặc làm sánh canh; bột nấu lên trong và dẻo.",
    description_en:
      "Starch extracted from edible canna roots, settled through several changes of clean water and dried. Use for cakes, sweet soups or to thicken broths; it cooks clear and glossy.",
    option_title_vi: "Khối lượng",
    option_title_en: "Weight",
    variants: [
      { title_vi: "Túi 1 kg", title_en: "1 kg bag", sku: "LH-BOTDONG-1KG", price_vnd: 70000, price_usd: 3.5, stock: 40, gtin: null, weight_g: 1030 },
    ],
    illustration: { motif: "food", palette: 0 },
  },

  // --- Hợp tác xã Phong Thổ ---------------------------------------------------
  {
    handle: "mat-ong-huong-rung",
    producer_handle: "htx-phong-tho",
    craft: "honey",
    title_vi: "Mật ong Hương rừng",
    title_en: "Hương rừng forest honey",
    subtitle_vi: "Mật ong nội hoa rừng, quay khi vít nắp",
    subtitle_en: "Native-bee forest honey, spun when capped",
    description_vi:
      "Mật của đàn ong nội nuôi trong thùng gỗ dưới tán rừng Hùng Lợi, ong lấy mật hoa rừng và hoa cây ăn quả. Mật chỉ quay khi đã vít nắp, lọc qua lưới và để lắng, không cô đặc bằng nhiệt. Màu hổ phách, vị ngọt đậm, thoảng hương hoa rừng; thủy phần dưới 21%.",
    description_en:
      "Honey from native bees kept in wooden hives under the Hùng Lợi forest, foraging on wild flowers and orchard blossom. It is spun only from capped comb, strained and settled, never heat-concentrated. Amber, richly sweet with a hint of forest flowers; moisture below 21%.",
    option_title_vi: "Dung tích",
    option_title_en: "Volume",
    variants: [
      { title_vi: "Chai 500 ml", title_en: "500 ml bottle", sku: "PT-MATONG-500ML", price_vnd: 250000, price_usd: 11, stock: 100, gtin: "8938541000512", weight_g: 800 },
      { title_vi: "Chai 1 lít", title_en: "1 litre bottle", sku: "PT-MATONG-1L", price_vnd: 470000, price_usd: 20, stock: 60, gtin: "8938541000529", weight_g: 1550 },
    ],
    illustration: { motif: "honey", palette: 3 },
  },
  {
    handle: "mat-ong-sap-huong-rung",
    producer_handle: "htx-phong-tho",
    craft: "honey",
    title_vi: "Mật ong sáp Hương rừng",
    title_en: "Hương rừng comb honey",
    subtitle_vi: "Bánh tổ còn nguyên mật, cắt miếng",
    subtitle_en: "Cut pieces of full honeycomb",
    description_vi:
      "Miếng bánh tổ còn nguyên mật cắt từ cầu ong, đóng hộp kín. Có thể ăn cả sáp hoặc ép lấy mật; hợp ăn kèm bánh mì, sữa chua. Lượng hàng phụ thuộc mùa hoa nên mỗi tuần chỉ có vài hộp.",
    description_en:
      "Pieces of full honeycomb cut from the frame and sealed in a box. Eat the wax too or press out the honey; lovely with bread or yoghurt. Supply depends on the flowering season, so only a few boxes are available each week.",
    option_title_vi: "Khối lượng",
    option_title_en: "Weight",
    variants: [
      { title_vi: "Hộp 400 g", title_en: "400 g box", sku: "PT-MATSAP-400G", price_vnd: 280000, price_usd: 12, stock: 2, gtin: "8938541000611", weight_g: 520 },
    ],
    illustration: { motif: "honey", palette: 4 },
  },
  {
    handle: "phan-hoa-ong-noi",
    producer_handle: "htx-phong-tho",
    craft: "honey",
    title_vi: "Phấn hoa ong nội",
    title_en: "Native-bee pollen",
    subtitle_vi: "Sấy lạnh, sàng sạch",
    subtitle_en: "Cold-dried and sieved",
    description_vi:
      "Phấn hoa do ong mang về tổ, thu bằng cửa lấy phấn, sấy lạnh và sàng sạch. Hạt nhiều màu từ vàng đến nâu; dùng 1–2 thìa cà phê mỗi ngày với mật ong hoặc sữa chua. Không dùng cho người dị ứng phấn hoa.",
    description_en:
      "Pollen brought home by the bees, collected with a pollen trap, cold-dried and sieved. The pellets range from yellow to brown; take 1–2 teaspoons a day with honey or yoghurt. Not for people with pollen allergies.",
    option_title_vi: "Khối lượng",
    option_title_en: "Weight",
    variants: [
      { title_vi: "Hũ 200 g", title_en: "200 g jar", sku: "PT-PHANHOA-200G", price_vnd: 150000, price_usd: 6.5, stock: 40, gtin: null, weight_g: 330 },
    ],
    illustration: { motif: "honey", palette: 1 },
  },

  // --- Hộ ông Sùng Mí Chớ -----------------------------------------------------
  {
    handle: "mat-ong-bac-ha-meo-vac",
    producer_handle: "ho-sung-mi-cho",
    craft: "honey",
    title_vi: "Mật ong bạc hà Mèo Vạc",
    title_en: "Mèo Vạc mint honey",
    subtitle_vi: "Mật hoa bạc hà dại trên cao nguyên đá",
    subtitle_en: "Wild mint-flower honey from the karst plateau",
    description_vi:
      "Ong nội của người Mông lấy mật từ hoa bạc hà dại nở từ tháng 10 đến tháng 12 trên cao nguyên đá. Mật vàng nhạt, hương thơm mát đặc trưng, vị ngọt thanh hơi the. Mật bạc hà dễ kết tinh khi trời lạnh, đó là hiện tượng tự nhiên; ngâm chai vào nước ấm dưới 40 °C để mật lỏng lại.",
    description_en:
      "Hmong families' native bees gather this honey from wild mint flowers that bloom on the karst plateau from October to December. It is pale gold with a distinctive cool fragrance and a clean, faintly minty sweetness. Mint honey crystallises readily in cold weather, which is natural; stand the bottle in water below 40 °C to liquefy it.",
    option_title_vi: "Dung tích",
    option_title_en: "Volume",
    variants: [
      { title_vi: "Chai 500 ml", title_en: "500 ml bottle", sku: "SMC-BACHA-500ML", price_vnd: 380000, price_usd: 16, stock: 45, gtin: null, weight_g: 800 },
      { title_vi: "Chai 1 lít", title_en: "1 litre bottle", sku: "SMC-BACHA-1L", price_vnd: 720000, price_usd: 30, stock: 20, gtin: null, weight_g: 1550 },
    ],
    illustration: { motif: "honey", palette: 0 },
  },
  {
    handle: "mat-ong-bac-ha-ket-tinh",
    producer_handle: "ho-sung-mi-cho",
    craft: "honey",
    title_vi: "Mật ong bạc hà kết tinh",
    title_en: "Creamed mint honey",
    subtitle_vi: "Kết tinh tự nhiên, mịn như kem",
    subtitle_en: "Naturally crystallised, smooth as cream",
    description_vi:
      "Mật ong bạc hà được để kết tinh tự nhiên thành dạng kem mịn màu trắng ngà, phết được như bơ. Hương bạc hà và vị ngọt thanh giữ nguyên; bảo quản nơi mát để mật không chảy.",
    description_en:
      "Mint honey left to crystallise naturally into a smooth, ivory cream that spreads like butter. The mint aroma and clean sweetness are unchanged; keep it cool so it stays set.",
    option_title_vi: "Khối lượng",
    option_title_en: "Weight",
    variants: [
      { title_vi: "Hũ 350 g", title_en: "350 g jar", sku: "SMC-KETTINH-350G", price_vnd: 260000, price_usd: 11, stock: 15, gtin: null, weight_g: 520 },
    ],
    illustration: { motif: "honey", palette: 2 },
  },

  // --- Hợp tác xã dệt lanh Lùng Tám -------------------------------------------
  {
    handle: "khan-quang-lanh-nhuom-cham",
    producer_handle: "htx-det-lanh-lung-tam",
    craft: "hemp_linen",
    title_vi: "Khăn quàng vải lanh nhuộm chàm",
    title_en: "Indigo hemp-linen scarf",
    subtitle_vi: "Dệt tay, vẽ sáp ong",
    subtitle_en: "Handwoven, beeswax-drawn",
    description_vi:
      "Sợi lanh do phụ nữ Mông Lùng Tám tự trồng, tước, nối sợi bằng tay và dệt trên khung cửi đạp chân; hoa văn vẽ bằng sáp ong nóng rồi nhuộm chàm nhiều lần. Vải ban đầu hơi cứng, càng giặt càng mềm. Giặt tay bằng nước lạnh, không dùng chất tẩy.",
    description_en:
      "Hemp grown, stripped and hand-spliced by Hmong women in Lùng Tám and woven on a treadle loom; the pattern is drawn in hot beeswax before repeated indigo dips. The cloth starts a little stiff and softens with every wash. Hand-wash cold, no bleach.",
    option_title_vi: "Kích thước",
    option_title_en: "Size",
    variants: [
      { title_vi: "40 × 180 cm", title_en: "40 × 180 cm", sku: "LT-KHAN-40X180", price_vnd: 420000, price_usd: 18, stock: 25, gtin: null, weight_g: 180 },
    ],
    illustration: { motif: "hemp_linen", palette: 0 },
  },
  {
    handle: "vai-lanh-ve-sap-ong",
    producer_handle: "htx-det-lanh-lung-tam",
    craft: "hemp_linen",
    title_vi: "Vải lanh vẽ sáp ong nhuộm chàm",
    title_en: "Beeswax-batik indigo hemp cloth",
    subtitle_vi: "Khổ hẹp dệt tay, bán theo mét",
    subtitle_en: "Narrow handwoven cloth, by the metre",
    description_vi:
      "Vải lanh khổ hẹp dệt tay, vẽ sáp ong họa tiết xoáy ốc và chữ thập rồi nhuộm chàm; mỗi mét có những khác biệt nhỏ của tay người làm. Dùng may túi, áo, khăn hoặc bọc sổ. Màu chàm có thể ra nhẹ ở vài lần giặt đầu.",
    description_en:
      "Narrow handwoven hemp cloth with spiral and cross motifs drawn in beeswax and dyed in indigo; every metre carries the small variations of the maker's hand. Use it for bags, clothing, scarves or book covers. The indigo may bleed slightly in the first few washes.",
    option_title_vi: "Độ dài",
    option_title_en: "Length",
    variants: [
      { title_vi: "Khổ 35 cm, 1 m", title_en: "35 cm wide, 1 m", sku: "LT-VAI-35-1M", price_vnd: 320000, price_usd: 14, stock: 40, gtin: null, weight_g: 160 },
      { title_vi: "Khổ 35 cm, 5 m", title_en: "35 cm wide, 5 m", sku: "LT-VAI-35-5M", price_vnd: 1500000, price_usd: 62, stock: 6, gtin: null, weight_g: 780 },
    ],
    illustration: { motif: "hemp_linen", palette: 4 },
  },
  {
    handle: "tui-deo-vai-lanh-theu",
    producer_handle: "htx-det-lanh-lung-tam",
    craft: "hemp_linen",
    title_vi: "Túi đeo vải lanh thêu tay",
    title_en: "Embroidered hemp shoulder bag",
    subtitle_vi: "Vải chàm đắp thêu hoa văn Mông",
    subtitle_en: "Indigo hemp with Hmong embroidered panel",
    description_vi:
      "Túi đeo vai may từ vải lanh nhuộm chàm, thân trước đắp miếng thêu chỉ màu theo hoa văn Mông, quai dệt cùng loại sợi. Lót vải bông, có một ngăn nhỏ bên trong.",
    description_en:
      "A shoulder bag of indigo hemp cloth with a panel of Hmong embroidery on the front and a strap woven from the same fibre. Cotton lining with a small inner pocket.",
    option_title_vi: "Kích thước",
    option_title_en: "Size",
    variants: [
      { title_vi: "30 × 35 cm", title_en: "30 × 35 cm", sku: "LT-TUI-30X35", price_vnd: 380000, price_usd: 16, stock: 18, gtin: null, weight_g: 260 },
    ],
    illustration: { motif: "hemp_linen", palette: 2 },
  },
  {
    handle: "khan-trai-ban-vai-lanh",
    producer_handle: "htx-det-lanh-lung-tam",
    craft: "hemp_linen",
    title_vi: "Khăn trải bàn vải lanh",
    title_en: "Hemp-linen table runner",
    subtitle_vi: "Lanh mộc, viền sáp ong nhuộm chàm",
    subtitle_en: "Natural hemp with indigo batik borders",
    description_vi:
      "Khăn trải bàn dài dệt từ sợi lanh mộc, hai đầu là dải hoa văn sáp ong nhuộm chàm. Hợp bàn trà, bàn ăn nhỏ hoặc treo tường.",
    description_en:
      "A long runner woven from undyed hemp, finished at both ends with bands of indigo beeswax batik. Suits a tea table or small dining table, or hang it on a wall.",
    option_title_vi: "Kích thước",
    option_title_en: "Size",
    variants: [
      { title_vi: "35 × 150 cm", title_en: "35 × 150 cm", sku: "LT-TRAIBAN-35X150", price_vnd: 450000, price_usd: 19, stock: 12, gtin: null, weight_g: 240 },
      { title_vi: "35 × 200 cm", title_en: "35 × 200 cm", sku: "LT-TRAIBAN-35X200", price_vnd: 560000, price_usd: 23.5, stock: 0, gtin: null, weight_g: 310 },
    ],
    illustration: { motif: "hemp_linen", palette: 3 },
  },

  // --- Hợp tác xã dệt thổ cẩm Thượng Lâm --------------------------------------
  {
    handle: "chan-tho-cam-tay-lam-binh",
    producer_handle: "htx-tho-cam-thuong-lam",
    craft: "brocade",
    title_vi: "Chăn thổ cẩm Tày Lâm Bình",
    title_en: "Lâm Bình Tày brocade blanket",
    subtitle_vi: "Ba tuần dệt, màu nhuộm cây cỏ",
    subtitle_en: "Three weeks on the loom, plant dyes",
    description_vi:
      "Chăn (phà) dệt bằng sợi bông trên khung cửi của người Tày Thượng Lâm, hoa văn hình thoi và sao tám cánh nối thành dải. Mỗi tấm cần khoảng ba tuần dệt. Sợi nhuộm màu tự nhiên từ chàm, vỏ cây và củ nâu.",
    description_en:
      "A cotton blanket (phà) woven on a Tày loom in Thượng Lâm, with bands of diamonds and eight-pointed stars. Each one takes about three weeks of weaving. The yarn is dyed with indigo, tree bark and dye yam.",
    option_title_vi: "Kích thước",
    option_title_en: "Size",
    variants: [
      { title_vi: "140 × 200 cm", title_en: "140 × 200 cm", sku: "TL-CHAN-140X200", price_vnd: 1450000, price_usd: 60, stock: 5, gtin: null, weight_g: 1600 },
    ],
    illustration: { motif: "brocade", palette: 2 },
  },
  {
    handle: "tui-tho-cam-hoa-van-tram",
    producer_handle: "htx-tho-cam-thuong-lam",
    craft: "brocade",
    title_vi: "Túi thổ cẩm hoa văn trám",
    title_en: "Diamond-pattern brocade bag",
    subtitle_vi: "Thổ cẩm Tày dệt tay, có lót và khóa kéo",
    subtitle_en: "Handwoven Tày brocade, lined and zipped",
    description_vi:
      "Túi may từ mảnh thổ cẩm Tày dệt tay với hoa văn trám, có khóa kéo và lót vải. Cỡ nhỏ đựng điện thoại, ví; cỡ lớn đeo vai dùng hằng ngày.",
    description_en:
      "Made from handwoven Tày brocade with a diamond pattern, zipped and lined. The small size holds a phone and wallet; the large one is an everyday shoulder bag.",
    option_title_vi: "Kích thước",
    option_title_en: "Size",
    variants: [
      { title_vi: "Cỡ nhỏ 20 × 25 cm", title_en: "Small 20 × 25 cm", sku: "TL-TUI-S", price_vnd: 180000, price_usd: 8, stock: 40, gtin: null, weight_g: 150 },
      { title_vi: "Cỡ lớn 35 × 40 cm", title_en: "Large 35 × 40 cm", sku: "TL-TUI-L", price_vnd: 320000, price_usd: 13.5, stock: 25, gtin: null, weight_g: 320 },
    ],
    illustration: { motif: "brocade", palette: 0 },
  },
  {
    handle: "khan-quang-tho-cam-tay",
    producer_handle: "htx-tho-cam-thuong-lam",
    craft: "brocade",
    title_vi: "Khăn quàng thổ cẩm Tày",
    title_en: "Tày brocade scarf",
    subtitle_vi: "Nền chàm, dải hoa văn đỏ vàng",
    subtitle_en: "Indigo ground with red and gold bands",
    description_vi:
      "Khăn dệt sợi bông mềm, nền chàm sẫm, giữa có dải hoa văn hình thoi đỏ và vàng, hai đầu tết tua. Ấm vào mùa đông, thoáng khi trời nồm.",
    description_en:
      "Soft woven cotton on a deep indigo ground with a central band of red and gold diamonds and braided tassels at both ends. Warm in winter, breathable in humid weather.",
    option_title_vi: "Kích thước",
    option_title_en: "Size",
    variants: [
      { title_vi: "30 × 170 cm", title_en: "30 × 170 cm", sku: "TL-KHAN-30X170", price_vnd: 350000, price_usd: 15, stock: 30, gtin: null, weight_g: 220 },
    ],
    illustration: { motif: "brocade", palette: 4 },
  },
  {
    handle: "vo-goi-tho-cam",
    producer_handle: "htx-tho-cam-thuong-lam",
    craft: "brocade",
    title_vi: "Vỏ gối thổ cẩm",
    title_en: "Brocade cushion cover",
    subtitle_vi: "Mặt thổ cẩm, mặt sau vải chàm",
    subtitle_en: "Brocade front, indigo cotton back",
    description_vi:
      "Vỏ gối vuông, một mặt thổ cẩm dệt tay, mặt sau vải bông nhuộm chàm, khóa kéo ẩn. Giao vỏ, không kèm ruột gối.",
    description_en:
      "A square cover with a handwoven brocade front, indigo-dyed cotton back and a hidden zip. Cover only, no insert.",
    option_title_vi: "Kích thước",
    option_title_en: "Size",
    variants: [
      { title_vi: "40 × 40 cm", title_en: "40 × 40 cm", sku: "TL-GOI-40X40", price_vnd: 220000, price_usd: 9.5, stock: 35, gtin: null, weight_g: 200 },
    ],
    illustration: { motif: "brocade", palette: 3 },
  },

  // --- Hộ bà Lý Thị Sinh (Pà Thẻn) --------------------------------------------
  {
    handle: "khan-doi-dau-pa-then",
    producer_handle: "ho-ly-thi-sinh",
    craft: "brocade",
    title_vi: "Khăn đội đầu Pà Thẻn",
    title_en: "Pà Thẻn headscarf",
    subtitle_vi: "Nền đỏ, dệt len và bông, làm theo đơn",
    subtitle_en: "Red wool-and-cotton weave, made to order",
    description_vi:
      "Khăn đội đầu của phụ nữ Pà Thẻn, nền đỏ, dệt xen hoa văn hình học nhiều màu bằng sợi len và sợi bông. Mỗi chiếc mất hơn một tuần dệt, và nghề này nay chỉ còn ít người làm, nên số lượng rất ít.",
    description_en:
      "The headscarf of Pà Thẻn women: a red ground woven with multicoloured geometric motifs in wool and cotton. Each takes more than a week to weave, and few people still practise the craft, so very few are available.",
    option_title_vi: "Kích thước",
    option_title_en: "Size",
    variants: [
      { title_vi: "30 × 160 cm", title_en: "30 × 160 cm", sku: "LTS-KHAN-30X160", price_vnd: 550000, price_usd: 23, stock: 3, gtin: null, weight_g: 240 },
    ],
    illustration: { motif: "brocade", palette: 2 },
  },
  {
    handle: "tui-tho-cam-pa-then",
    producer_handle: "ho-ly-thi-sinh",
    craft: "brocade",
    title_vi: "Túi thổ cẩm Pà Thẻn",
    title_en: "Pà Thẻn brocade pouch",
    subtitle_vi: "Vải đỏ Pà Thẻn, viền tua len",
    subtitle_en: "Red Pà Thẻn weave with wool tassels",
    description_vi:
      "Túi nhỏ may từ vải thổ cẩm Pà Thẻn nền đỏ, viền tua len nhiều màu. Dùng đựng đồ cá nhân hoặc làm quà lưu niệm.",
    description_en:
      "A small pouch sewn from red Pà Thẻn brocade with multicoloured wool tassels. For personal items or as a keepsake.",
    option_title_vi: "Kích thước",
    option_title_en: "Size",
    variants: [
      { title_vi: "25 × 30 cm", title_en: "25 × 30 cm", sku: "LTS-TUI-25X30", price_vnd: 290000, price_usd: 12.5, stock: 8, gtin: null, weight_g: 180 },
    ],
    illustration: { motif: "brocade", palette: 1 },
  },

  // --- Hộ ông Ma Văn Thành (nón Minh Quang) -----------------------------------
  {
    handle: "non-la-minh-quang",
    producer_handle: "ho-ma-van-thanh",
    craft: "bamboo_rattan",
    title_vi: "Nón lá Minh Quang",
    title_en: "Minh Quang conical hat",
    subtitle_vi: "Khung tre vót tay, lợp hai lớp lá",
    subtitle_en: "Hand-shaved bamboo frame, two layers of leaf",
    description_vi:
      "Khung nón 16 vòng vót từ tre bánh tẻ, lợp hai lớp lá nón phơi trắng và khâu bằng chỉ cước. Nón nhẹ, che nắng mưa tốt; quai có thể thay bằng dây vải.",
    description_en:
      "A 16-ring frame of shaved mid-aged bamboo, covered with two layers of sun-bleached hat leaves and stitched with nylon thread. Light and good against sun and rain; the chin strap can be swapped for fabric ribbon.",
    option_title_vi: "Kích thước",
    option_title_en: "Size",
    variants: [
      { title_vi: "Đường kính 40 cm", title_en: "40 cm diameter", sku: "MVT-NON-40", price_vnd: 85000, price_usd: 4, stock: 60, gtin: null, weight_g: 200 },
      { title_vi: "Đường kính 45 cm", title_en: "45 cm diameter", sku: "MVT-NON-45", price_vnd: 95000, price_usd: 4.5, stock: 40, gtin: null, weight_g: 230 },
    ],
    illustration: { motif: "bamboo_rattan", palette: 4 },
  },
  {
    handle: "gio-tre-nap-day",
    producer_handle: "ho-ma-van-thanh",
    craft: "bamboo_rattan",
    title_vi: "Giỏ tre có nắp",
    title_en: "Lidded bamboo basket",
    subtitle_vi: "Đan nong mốt, hun khói bếp",
    subtitle_en: "Plain-woven and kitchen-smoked",
    description_vi:
      "Giỏ đan nong mốt từ nan cật tre, có nắp và quai, hun khói bếp để chống mọt. Dùng đựng đồ khô, đồ khâu hoặc làm giỏ quà.",
    description_en:
      "Plain-woven from the outer skin of bamboo, with lid and handle, and smoked over the kitchen fire to keep borers away. For dry goods, sewing things or as a gift basket.",
    option_title_vi: "Kích thước",
    option_title_en: "Size",
    variants: [
      { title_vi: "Cỡ 25 cm", title_en: "25 cm", sku: "MVT-GIO-25", price_vnd: 160000, price_usd: 7, stock: 20, gtin: null, weight_g: 450 },
    ],
    illustration: { motif: "bamboo_rattan", palette: 2 },
  },
  {
    handle: "met-tre-dan-tay",
    producer_handle: "ho-ma-van-thanh",
    craft: "bamboo_rattan",
    title_vi: "Mẹt tre đan tay",
    title_en: "Handwoven bamboo tray",
    subtitle_vi: "Vành nẹp đôi, buộc mây",
    subtitle_en: "Double rim lashed with rattan",
    description_vi:
      "Mẹt tròn đan nan tre, vành nẹp đôi buộc mây. Dùng phơi đồ khô, bày mâm cỗ hoặc trang trí quán ăn.",
    description_en:
      "A round tray of woven bamboo strips with a double rim lashed in rattan. For drying food, serving a spread or decorating a restaurant.",
    option_title_vi: "Kích thước",
    option_title_en: "Size",
    variants: [
      { title_vi: "Đường kính 50 cm", title_en: "50 cm diameter", sku: "MVT-MET-50", price_vnd: 95000, price_usd: 4.5, stock: 30, gtin: null, weight_g: 600 },
    ],
    illustration: { motif: "bamboo_rattan", palette: 1 },
  },

  // --- Công ty TNHH Nông sản Cam sành Hàm Yên ---------------------------------
  {
    handle: "cam-sanh-ham-yen",
    producer_handle: "cong-ty-nong-san-ham-yen",
    craft: "fruit",
    title_vi: "Cam sành Hàm Yên",
    title_en: "Hàm Yên king oranges",
    subtitle_vi: "Chỉ dẫn địa lý, vụ tháng 11 đến tháng 2",
    subtitle_en: "GI-protected, in season November to February",
    description_vi:
      "Cam sành trồng trong vùng chỉ dẫn địa lý Cam sành Hàm Yên: vỏ sần, màu xanh đến vàng, ruột vàng cam, mọng nước, ngọt đậm xen chua nhẹ. Cam được tuyển quả, lau sạch và đóng thùng carton có lỗ thoáng. Nên dùng trong 2 tuần.",
    description_en:
      "King oranges from the Hàm Yên orange GI area: rough green-to-yellow skin, orange flesh, very juicy, richly sweet with a light tartness. Fruit is graded, wiped clean and packed in ventilated cartons. Best eaten within 2 weeks.",
    option_title_vi: "Khối lượng",
    option_title_en: "Weight",
    variants: [
      { title_vi: "Thùng 5 kg", title_en: "5 kg carton", sku: "HY-CAM-5KG", price_vnd: 175000, price_usd: 8, stock: 150, gtin: null, weight_g: 5400 },
      { title_vi: "Thùng 10 kg", title_en: "10 kg carton", sku: "HY-CAM-10KG", price_vnd: 330000, price_usd: 15, stock: 80, gtin: null, weight_g: 10600 },
    ],
    illustration: { motif: "fruit", palette: 2 },
  },
  {
    handle: "hop-qua-cam-sanh-ham-yen",
    producer_handle: "cong-ty-nong-san-ham-yen",
    craft: "fruit",
    title_vi: "Hộp quà cam sành Hàm Yên",
    title_en: "Hàm Yên orange gift box",
    subtitle_vi: "Cam loại 1 cùng cỡ, có tem truy xuất",
    subtitle_en: "Even-sized first-grade fruit, traceable",
    description_vi:
      "Khoảng 12–14 quả cam sành loại 1 chọn cùng cỡ, xếp trong hộp giấy có tay cầm, kèm tem truy xuất nguồn gốc. Chỉ bán trong mùa cam.",
    description_en:
      "About 12–14 first-grade king oranges of even size in a carry-handle box with a traceability label. Sold in season only.",
    option_title_vi: "Khối lượng",
    option_title_en: "Weight",
    variants: [
      { title_vi: "Hộp 3 kg", title_en: "3 kg box", sku: "HY-CAMQUA-3KG", price_vnd: 150000, price_usd: 7, stock: 60, gtin: "8936214000319", weight_g: 3300 },
    ],
    illustration: { motif: "fruit", palette: 3 },
  },
  {
    handle: "mut-vo-cam-sanh",
    producer_handle: "cong-ty-nong-san-ham-yen",
    craft: "fruit",
    title_vi: "Mứt vỏ cam sành",
    title_en: "Candied king-orange peel",
    subtitle_vi: "Sên đường, giữ hương tinh dầu",
    subtitle_en: "Slow-cooked in sugar, full of orange oil",
    description_vi:
      "Vỏ cam sành thái sợi, chần nhiều lần cho bớt đắng rồi sên với đường đến khi trong. Vị ngọt, thơm tinh dầu cam, đắng nhẹ ở cuối; dùng ăn kèm trà hoặc làm bánh.",
    description_en:
      "King-orange peel cut into strips, blanched several times to tame the bitterness and cooked slowly in sugar until translucent. Sweet and fragrant with orange oil, with a gentle bitter finish; serve with tea or use in baking.",
    option_title_vi: "Khối lượng",
    option_title_en: "Weight",
    variants: [
      { title_vi: "Hũ 250 g", title_en: "250 g jar", sku: "HY-MUTCAM-250G", price_vnd: 85000, price_usd: 4, stock: 70, gtin: "8936214000418", weight_g: 420 },
    ],
    illustration: { motif: "fruit", palette: 4 },
  },

  // --- Hộ ông Nguyễn Văn Thắng (bưởi Soi Hà) ----------------------------------
  {
    handle: "buoi-soi-ha",
    producer_handle: "ho-nguyen-van-thang-soi-ha",
    craft: "fruit",
    title_vi: "Bưởi Soi Hà",
    title_en: "Soi Hà pomelo",
    subtitle_vi: "Vỏ mỏng, tép ráo, ngọt thanh",
    subtitle_en: "Thin peel, dry segments, mild sweetness",
    description_vi:
      "Bưởi trồng trên bãi soi phù sa ven sông Lô, quả tròn, vỏ mỏng, tép trắng ngà, ráo nước, vị ngọt thanh không đắng. Chính vụ từ tháng 9 đến tháng 12; để nơi thoáng mát được 1–2 tháng.",
    description_en:
      "Pomelos from the alluvial banks of the Lô river: round, thin-skinned, with ivory, dry segments and a mild sweetness without bitterness. Main season September to December; keeps 1–2 months somewhere cool and airy.",
    option_title_vi: "Quy cách",
    option_title_en: "Pack",
    variants: [
      { title_vi: "1 quả (1,0–1,3 kg)", title_en: "1 fruit (1.0–1.3 kg)", sku: "SH-BUOI-1", price_vnd: 50000, price_usd: 2.5, stock: 200, gtin: null, weight_g: 1300 },
      { title_vi: "Túi 4 quả", title_en: "Bag of 4", sku: "SH-BUOI-4", price_vnd: 190000, price_usd: 9, stock: 60, gtin: null, weight_g: 5000 },
    ],
    illustration: { motif: "fruit", palette: 1 },
  },
  {
    handle: "hop-qua-buoi-soi-ha",
    producer_handle: "ho-nguyen-van-thang-soi-ha",
    craft: "fruit",
    title_vi: "Hộp quà bưởi Soi Hà",
    title_en: "Soi Hà pomelo gift box",
    subtitle_vi: "Hai quả cùng cỡ, quà Trung thu và Tết",
    subtitle_en: "Two matched fruit for Mid-Autumn and Tết",
    description_vi:
      "Hai quả bưởi Soi Hà cùng cỡ trong hộp giấy, lót lưới xốp. Hợp làm quà Trung thu và Tết.",
    description_en:
      "Two matched Soi Hà pomelos in a paper box with foam netting. A good gift for Mid-Autumn and Tết.",
    option_title_vi: "Quy cách",
    option_title_en: "Pack",
    variants: [
      { title_vi: "Hộp 2 quả", title_en: "Box of 2", sku: "SH-BUOIQUA-2", price_vnd: 120000, price_usd: 5.5, stock: 30, gtin: null, weight_g: 2800 },
    ],
    illustration: { motif: "fruit", palette: 4 },
  },

  // --- Hợp tác xã Hồng không hạt Quản Bạ --------------------------------------
  {
    handle: "hong-khong-hat-quan-ba",
    producer_handle: "htx-hong-khong-hat-quan-ba",
    craft: "fruit",
    title_vi: "Hồng không hạt Quản Bạ",
    title_en: "Quản Bạ seedless persimmons",
    subtitle_vi: "Quả giòn, ngọt mát, vụ tháng 9–10",
    subtitle_en: "Crisp and sweet, in season September–October",
    description_vi:
      "Hồng trồng trên cao nguyên Quản Bạ ở độ cao trên 1.000 m, quả dẹt, không hạt, chín vào tháng 9–10. Quả được khử chát bằng cách ngâm nước theo kinh nghiệm của bà con nên giòn, ngọt mát. Để ngăn mát tủ lạnh dùng trong 7–10 ngày.",
    description_en:
      "Grown above 1,000 m on the Quản Bạ plateau, these flat, seedless persimmons ripen in September and October. Growers remove the astringency by soaking the fruit in water, the traditional way, leaving it crisp and refreshingly sweet. Keeps 7–10 days in the fridge.",
    option_title_vi: "Khối lượng",
    option_title_en: "Weight",
    variants: [
      { title_vi: "Thùng 3 kg", title_en: "3 kg carton", sku: "QB-HONG-3KG", price_vnd: 210000, price_usd: 9.5, stock: 70, gtin: null, weight_g: 3300 },
      { title_vi: "Thùng 5 kg", title_en: "5 kg carton", sku: "QB-HONG-5KG", price_vnd: 340000, price_usd: 15, stock: 40, gtin: null, weight_g: 5400 },
    ],
    illustration: { motif: "fruit", palette: 2 },
  },
  {
    handle: "hong-say-deo-quan-ba",
    producer_handle: "htx-hong-khong-hat-quan-ba",
    craft: "fruit",
    title_vi: "Hồng sấy dẻo Quản Bạ",
    title_en: "Quản Bạ dried persimmons",
    subtitle_vi: "Không thêm đường, phấn đường tự nhiên",
    subtitle_en: "No added sugar, natural sugar bloom",
    description_vi:
      "Hồng chín được gọt vỏ, treo gió rồi sấy ở nhiệt độ thấp nhiều ngày đến khi mặt ngoài se lại, ruột dẻo. Không thêm đường; vị ngọt tự nhiên, mặt quả có lớp phấn trắng là đường kết tinh. Bảo quản ngăn mát sau khi mở hộp.",
    description_en:
      "Ripe persimmons are peeled, hung in the wind and dried at low heat for several days until the outside firms up and the inside is chewy. No sugar is added; the white bloom on the surface is the fruit's own crystallised sugar. Refrigerate after opening.",
    option_title_vi: "Khối lượng",
    option_title_en: "Weight",
    variants: [
      { title_vi: "Hộp 250 g", title_en: "250 g box", sku: "QB-HONGSAY-250G", price_vnd: 140000, price_usd: 6, stock: 120, gtin: "8938567002514", weight_g: 320 },
      { title_vi: "Hộp 500 g", title_en: "500 g box", sku: "QB-HONGSAY-500G", price_vnd: 260000, price_usd: 11, stock: 90, gtin: "8938567002521", weight_g: 600 },
    ],
    illustration: { motif: "fruit", palette: 3 },
  },

  // --- Hộ ông Vàng Seo Dìn (rượu ngô Thanh Vân) -------------------------------
  {
    handle: "ruou-ngo-men-la-thanh-van",
    producer_handle: "ho-vang-seo-din",
    craft: "liquor",
    title_vi: "Rượu ngô men lá Thanh Vân",
    title_en: "Thanh Vân leaf-yeast corn liquor",
    subtitle_vi: "Chưng cất nồi gỗ, khoảng 40% vol",
    subtitle_en: "Wooden-still distilled, about 40% ABV",
    description_vi:
      "Rượu nấu từ ngô hạt trên cao nguyên đá, ủ với men lá làm từ nhiều loại lá rừng và chưng cất bằng nồi gỗ truyền thống. Rượu trong, thơm mùi ngô, êm; nồng độ khoảng 40% vol. Chỉ bán cho người từ 18 tuổi trở lên.",
    description_en:
      "Distilled from highland corn fermented with a leaf yeast made from many forest leaves, in a traditional wooden still. Clear, smooth and corn-scented; about 40% ABV. Sold only to buyers aged 18 and over.",
    option_title_vi: "Dung tích",
    option_title_en: "Volume",
    variants: [
      { title_vi: "Can 2 lít", title_en: "2 litre jug", sku: "VSD-RUOU-2L", price_vnd: 160000, price_usd: 7, stock: 40, gtin: null, weight_g: 2200 },
      { title_vi: "Can 5 lít", title_en: "5 litre jug", sku: "VSD-RUOU-5L", price_vnd: 380000, price_usd: 16, stock: 15, gtin: null, weight_g: 5400 },
    ],
    illustration: { motif: "liquor", palette: 2 },
  },
  {
    handle: "ruou-ngo-thanh-van-chai-500ml",
    producer_handle: "ho-vang-seo-din",
    craft: "liquor",
    title_vi: "Rượu ngô Thanh Vân chai thủy tinh",
    title_en: "Thanh Vân corn liquor, glass bottle",
    subtitle_vi: "Chai 500 ml nút lie, tiện làm quà",
    subtitle_en: "500 ml cork-stoppered gift bottle",
    description_vi:
      "Rượu ngô men lá Thanh Vân đóng chai thủy tinh 500 ml, nút lie, tiện mang làm quà. Nồng độ khoảng 40% vol; chỉ bán cho người đủ 18 tuổi.",
    description_en:
      "Thanh Vân leaf-yeast corn liquor in a 500 ml glass bottle with a cork, easy to carry as a gift. About 40% ABV; sold only to buyers aged 18 and over.",
    option_title_vi: "Dung tích",
    option_title_en: "Volume",
    variants: [
      { title_vi: "Chai 500 ml", title_en: "500 ml bottle", sku: "VSD-RUOU-500ML", price_vnd: 95000, price_usd: 4.5, stock: 60, gtin: null, weight_g: 900 },
    ],
    illustration: { motif: "liquor", palette: 0 },
  },
  {
    handle: "ruou-ngo-ha-tho-ba-nam",
    producer_handle: "ho-vang-seo-din",
    craft: "liquor",
    title_vi: "Rượu ngô hạ thổ ba năm",
    title_en: "Three-year buried-jar corn liquor",
    subtitle_vi: "Ủ chum sành chôn đất, vị êm hơn",
    subtitle_en: "Aged underground in clay jars, smoother",
    description_vi:
      "Rượu ngô men lá được hạ thổ trong chum sành ba năm trước khi đóng chai, vị êm, hương ngô chín đậm hơn rượu mới. Số lượng mỗi năm có hạn; chỉ bán cho người đủ 18 tuổi.",
    description_en:
      "Leaf-yeast corn liquor buried in clay jars for three years before bottling; smoother, with a deeper ripe-corn aroma than young liquor. Limited each year; sold only to buyers aged 18 and over.",
    option_title_vi: "Dung tích",
    option_title_en: "Volume",
    variants: [
      { title_vi: "Chai 750 ml", title_en: "750 ml bottle", sku: "VSD-HATHO-750ML", price_vnd: 250000, price_usd: 11, stock: 10, gtin: null, weight_g: 1250 },
    ],
    illustration: { motif: "liquor", palette: 4 },
  },

  // --- Công ty TNHH Mây tre Chiêm Hóa -----------------------------------------
  {
    handle: "bo-khay-tre-dan",
    producer_handle: "cong-ty-may-tre-chiem-hoa",
    craft: "bamboo_rattan",
    title_vi: "Bộ khay tre đan",
    title_en: "Nested woven bamboo trays",
    subtitle_vi: "Ba khay lồng nhau, hoa văn mắt cáo",
    subtitle_en: "Set of three, hexagonal weave",
    description_vi:
      "Ba khay tre lồng nhau đan nan mỏng hoa văn mắt cáo, phủ lớp dầu mỏng chống ẩm. Dùng đựng bánh kẹo, hoa quả khô hoặc sắp xếp bàn làm việc.",
    description_en:
      "Three nesting trays woven from thin bamboo strips in an open hexagonal weave and finished with a thin coat of oil against damp. For sweets, dried fruit or tidying a desk.",
    option_title_vi: "Quy cách",
    option_title_en: "Pack",
    variants: [
      { title_vi: "Bộ 3 chiếc", title_en: "Set of 3", sku: "MTC-KHAY-BO3", price_vnd: 240000, price_usd: 10.5, stock: 50, gtin: "8938557000117", weight_g: 700 },
    ],
    illustration: { motif: "bamboo_rattan", palette: 1 },
  },
  {
    handle: "lan-may-di-cho",
    producer_handle: "cong-ty-may-tre-chiem-hoa",
    craft: "bamboo_rattan",
    title_vi: "Làn mây đi chợ",
    title_en: "Rattan market basket",
    subtitle_vi: "Mây rừng chẻ nhỏ, đáy nẹp tre",
    subtitle_en: "Split forest rattan on a bamboo base",
    description_vi:
      "Làn đan từ sợi mây rừng chẻ nhỏ, quai bọc mây, đáy nẹp tre chịu lực. Mang được khoảng 8 kg; hợp đi chợ, đi dã ngoại.",
    description_en:
      "Woven from finely split forest rattan, with a rattan-wrapped handle and a bamboo-braced base. Carries about 8 kg; for the market or a picnic.",
    option_title_vi: "Kích thước",
    option_title_en: "Size",
    variants: [
      { title_vi: "Cỡ vừa 35 cm", title_en: "Medium 35 cm", sku: "MTC-LAN-35", price_vnd: 280000, price_usd: 12, stock: 35, gtin: "8938557000216", weight_g: 650 },
      { title_vi: "Cỡ lớn 42 cm", title_en: "Large 42 cm", sku: "MTC-LAN-42", price_vnd: 340000, price_usd: 14.5, stock: 20, gtin: "8938557000223", weight_g: 820 },
    ],
    illustration: { motif: "bamboo_rattan", palette: 3 },
  },
  {
    handle: "hop-tre-dung-tra",
    producer_handle: "cong-ty-may-tre-chiem-hoa",
    craft: "bamboo_rattan",
    title_vi: "Hộp tre đựng trà",
    title_en: "Bamboo tea caddy",
    subtitle_vi: "Ống tre già, nắp khít giữ hương",
    subtitle_en: "Mature bamboo, snug lid keeps aroma",
    description_vi:
      "Hộp làm từ ống tre già, lòng hộp phủ lớp sơn an toàn thực phẩm, nắp đóng khít giữ hương trà. Đựng khoảng 100 g chè.",
    description_en:
      "Made from a section of mature bamboo, lined with a food-safe finish and fitted with a snug lid that keeps tea fragrant. Holds about 100 g of tea.",
    option_title_vi: "Kích thước",
    option_title_en: "Size",
    variants: [
      { title_vi: "Hộp tròn 10 cm", title_en: "Round, 10 cm", sku: "MTC-HOPTRA-10", price_vnd: 120000, price_usd: 5.5, stock: 80, gtin: "8938557000315", weight_g: 260 },
    ],
    illustration: { motif: "bamboo_rattan", palette: 4 },
  },
]
