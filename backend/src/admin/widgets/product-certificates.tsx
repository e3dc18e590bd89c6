import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { CertificateRecords } from "../components/certificate-records"
import { sdk } from "../lib/sdk"
import { stars, type AdminMarkRight, type AdminOcopCertificate } from "../lib/certificates"

type ProductCertificates = {
  badge: { stars: number; decision_number: string; valid_until: string } | null
  marks: { id: string; name: string }[]
  certificates: AdminOcopCertificate[]
  rights: AdminMarkRight[]
}

/** On a product: its OCOP certificates and badge, the marks it claims, its producer's rights of use. */
const ProductCertificatesWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, error } = useQuery({
    queryKey: ["product-certificates", product.id],
    queryFn: () => sdk.client.fetch<ProductCertificates>(`/admin/products/${product.id}/certificates`),
  })
  return (
    <Container className="flex flex-col gap-y-3">
      <Heading level="h2">Chứng nhận và chỉ dẫn địa lý</Heading>
      {error && <Text className="text-ui-fg-error">{(error as Error).message}</Text>}
      {data && (
        <>
          <Text size="small">
            Huy hiệu OCOP trên cửa hàng:{" "}
            {data.badge ? `${stars(data.badge.stars)} (quyết định ${data.badge.decision_number})` : "không có"} · Nhãn đang gắn:{" "}
            {data.marks.length ? data.marks.map((m) => m.name).join(", ") : "không có"}
          </Text>
          <CertificateRecords certificates={data.certificates} rights={data.rights} />
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductCertificatesWidget
