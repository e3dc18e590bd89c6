import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { sdk } from "../lib/sdk"
import { STATUS_COLOR, STATUS_LABEL, type AdminProducer } from "../lib/producers"

/** On a product: who owns it (the producer), with a link to their review page. */
const ProductProducerWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data } = useQuery({
    queryKey: ["product-producer", product.id],
    queryFn: () =>
      sdk.client.fetch<{ product: { producer?: Pick<AdminProducer, "id" | "name" | "status"> | null } }>(
        `/admin/products/${product.id}`,
        { query: { fields: "id,producer.id,producer.name,producer.status" } }
      ),
  })
  const producer = data?.product.producer
  return (
    <Container className="flex flex-col gap-y-2">
      <Heading level="h2">Người bán</Heading>
      {producer ? (
        <div className="flex items-center justify-between">
          <Link to={`/producers/${producer.id}`} className="text-ui-fg-interactive">
            {producer.name}
          </Link>
          <Badge color={STATUS_COLOR[producer.status]}>{STATUS_LABEL[producer.status]}</Badge>
        </div>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          Sản phẩm của sàn (chưa gắn người bán).
        </Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.before" })

export default ProductProducerWidget
