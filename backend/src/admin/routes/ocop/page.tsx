import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Star } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Table, Tabs, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { TablePages } from "../../components/table-pages"
import { sdk } from "../../lib/sdk"
import {
  CERTIFICATE_STATUS_COLOR,
  CERTIFICATE_STATUS_LABEL,
  day,
  LEVEL_LABEL,
  PRODUCT_GROUP_LABEL,
  stars,
  type AdminOcopCertificate,
} from "../../lib/certificates"

const PAGE_SIZE = 20
type View = "queue" | "expiring" | "verified" | "closed"
const VIEWS: { key: View; label: string; query: Record<string, string | number> }[] = [
  { key: "queue", label: "Chờ xác minh", query: { status: "submitted" } },
  { key: "expiring", label: "Hết hạn trong 90 ngày", query: { expiring_within_days: 90 } },
  { key: "verified", label: "Đã xác minh", query: { status: "verified" } },
  { key: "closed", label: "Hết hạn", query: { status: "expired" } },
]

/** One certificate's decision buttons: verify, or reject / revoke with a reason the producer reads. */
const Decision = ({ certificate }: { certificate: AdminOcopCertificate }) => {
  const [reason, setReason] = useState("")
  const queryClient = useQueryClient()
  const decide = useMutation({
    mutationFn: (action: "verify" | "reject" | "revoke") =>
      sdk.client.fetch(`/admin/ocop/certificates/${certificate.id}/${action}`, {
        method: "POST",
        body: action === "verify" ? {} : { reason: reason.trim() },
      }),
    onSuccess: () => {
      toast.success("Đã lưu quyết định")
      setReason("")
      queryClient.invalidateQueries({ queryKey: ["ocop-certificates"] })
    },
    onError: (error: Error) => toast.error(error.message),
  })
  if (certificate.status !== "submitted" && certificate.status !== "verified") return null
  return (
    <div className="flex flex-wrap items-center gap-2">
      {certificate.status === "submitted" && (
        <Button size="small" disabled={decide.isPending} onClick={() => decide.mutate("verify")}>
          Xác minh
        </Button>
      )}
      <Input size="small" placeholder="Lý do (bắt buộc)" aria-label="Lý do" value={reason} onChange={(e) => setReason(e.target.value)} />
      <Button
        size="small"
        variant="danger"
        disabled={decide.isPending || reason.trim().length < 3}
        onClick={() => decide.mutate(certificate.status === "submitted" ? "reject" : "revoke")}
      >
        {certificate.status === "submitted" ? "Từ chối" : "Thu hồi"}
      </Button>
    </div>
  )
}

/**
 * OCOP certificates: the queue of submissions to check against the paper decision (its
 * photo is the evidence link), the certificates ending within 90 days, and the rest.
 */
const OcopPage = () => {
  const [view, setView] = useState<View>("queue")
  const [page, setPage] = useState(0)
  const current = VIEWS.find((v) => v.key === view)!
  const { data, isLoading, error } = useQuery({
    queryKey: ["ocop-certificates", view, page],
    queryFn: () =>
      sdk.client.fetch<{ certificates: AdminOcopCertificate[]; count: number }>("/admin/ocop/certificates", {
        query: { ...current.query, limit: PAGE_SIZE, offset: page * PAGE_SIZE },
      }),
  })
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Chứng nhận OCOP</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Đối chiếu từng hồ sơ với quyết định công nhận (ảnh chụp) trước khi xác minh. Chỉ chứng nhận đã xác minh và còn hạn mới hiện sao OCOP trên cửa hàng.
        </Text>
      </div>
      <Tabs value={view} onValueChange={(v) => (setView(v as View), setPage(0))}>
        <Tabs.List className="px-6 py-2">
          {VIEWS.map((v) => (
            <Tabs.Trigger key={v.key} value={v.key}>
              {v.label}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
      </Tabs>
      {error ? (
        <Text className="px-6 py-4 text-ui-fg-error">{(error as Error).message}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Sản phẩm / người bán</Table.HeaderCell>
              <Table.HeaderCell>Hạng</Table.HeaderCell>
              <Table.HeaderCell>Quyết định</Table.HeaderCell>
              <Table.HeaderCell>Hiệu lực đến</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
              <Table.HeaderCell>Quyết định của cán bộ</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {isLoading && (
              <Table.Row>
                <Table.Cell>Đang tải…</Table.Cell>
              </Table.Row>
            )}
            {data?.certificates.map((c) => (
              <Table.Row key={c.id}>
                <Table.Cell>
                  {c.product ? (
                    <Link to={`/products/${c.product.id}`} className="text-ui-fg-interactive">
                      {c.product.title}
                    </Link>
                  ) : (
                    "—"
                  )}
                  <br />
                  {c.producer ? (
                    <Link to={`/producers/${c.producer.id}`} className="text-ui-fg-subtle">
                      {c.producer.name}
                    </Link>
                  ) : null}
                </Table.Cell>
                <Table.Cell>
                  {stars(c.stars)} · {c.score} điểm
                  <br />
                  {PRODUCT_GROUP_LABEL[c.product_group] ?? c.product_group}
                </Table.Cell>
                <Table.Cell>
                  <a href={c.evidence_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive">
                    {c.decision_number}
                  </a>{" "}
                  ngày {day(c.decision_date)}
                  <br />
                  {c.issuing_body} ({LEVEL_LABEL[c.issuing_level]}){c.certificate_number ? ` · GCN ${c.certificate_number}` : ""}
                </Table.Cell>
                <Table.Cell>{day(c.valid_until)}</Table.Cell>
                <Table.Cell>
                  <Badge color={CERTIFICATE_STATUS_COLOR[c.status]}>{CERTIFICATE_STATUS_LABEL[c.status]}</Badge>
                  {c.status_reason && (
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {c.status_reason}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell>
                  <Decision certificate={c} />
                </Table.Cell>
              </Table.Row>
            ))}
            {data && !data.certificates.length && (
              <Table.Row>
                <Table.Cell>Không có chứng nhận nào.</Table.Cell>
              </Table.Row>
            )}
          </Table.Body>
        </Table>
      )}
      <TablePages count={data?.count ?? 0} pageSize={PAGE_SIZE} page={page} onPage={setPage} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Chứng nhận OCOP", icon: Star })

export default OcopPage
