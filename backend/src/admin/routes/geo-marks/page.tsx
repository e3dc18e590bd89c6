import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShieldCheck } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Select, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { sdk } from "../../lib/sdk"
import { day, MARK_KIND_LABEL, RIGHT_STATUS_COLOR, RIGHT_STATUS_LABEL, type AdminGeoMark, type AdminMarkRight } from "../../lib/certificates"

type MarkDetail = AdminGeoMark & { rights: AdminMarkRight[]; products: { id: string; title: string; producer_id: string | null }[] }

const vnToday = () => new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10)

/** Record a managing body's grant of a right of use to an approved producer. */
const GrantRight = ({ mark }: { mark: MarkDetail }) => {
  const [producerId, setProducerId] = useState("")
  const [grantedAt, setGrantedAt] = useState(vnToday())
  const [expiresAt, setExpiresAt] = useState("")
  const queryClient = useQueryClient()
  const producers = useQuery({
    queryKey: ["producers", "approved-all"],
    queryFn: () => sdk.client.fetch<{ producers: { id: string; name: string }[] }>("/admin/producers", { query: { status: "approved", limit: 200 } }),
  })
  const grant = useMutation({
    mutationFn: () =>
      sdk.client.fetch(`/admin/geo-marks/${mark.id}/rights`, {
        method: "POST",
        body: { producer_id: producerId, granted_at: grantedAt, ...(expiresAt ? { expires_at: expiresAt } : {}) },
      }),
    onSuccess: () => {
      toast.success("Đã cấp quyền sử dụng")
      setProducerId("")
      queryClient.invalidateQueries({ queryKey: ["geo-mark", mark.id] })
      queryClient.invalidateQueries({ queryKey: ["geo-marks"] })
    },
    onError: (error: Error) => toast.error(error.message),
  })
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-y-1">
        <Label size="small">Người bán</Label>
        <Select value={producerId} onValueChange={setProducerId}>
          <Select.Trigger>
            <Select.Value placeholder="Chọn người bán" />
          </Select.Trigger>
          <Select.Content>
            {(producers.data?.producers ?? []).map((p) => (
              <Select.Item key={p.id} value={p.id}>
                {p.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <div className="flex flex-col gap-y-1">
        <Label size="small">Ngày cấp</Label>
        <Input type="date" size="small" value={grantedAt} onChange={(e) => setGrantedAt(e.target.value)} />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label size="small">Hết hạn (bỏ trống nếu không thời hạn)</Label>
        <Input type="date" size="small" value={expiresAt} onChange={(e) => setExpiresAt(e.target.value)} />
      </div>
      <Button size="small" disabled={!producerId || grant.isPending} onClick={() => grant.mutate()}>
        Cấp quyền
      </Button>
    </div>
  )
}

const RevokeRight = ({ right, markId }: { right: AdminMarkRight; markId: string }) => {
  const [reason, setReason] = useState("")
  const queryClient = useQueryClient()
  const revoke = useMutation({
    mutationFn: () => sdk.client.fetch(`/admin/mark-rights/${right.id}/revoke`, { method: "POST", body: { reason: reason.trim() } }),
    onSuccess: () => {
      toast.success("Đã thu hồi quyền; sản phẩm của người bán không còn gắn nhãn này")
      queryClient.invalidateQueries({ queryKey: ["geo-mark", markId] })
      queryClient.invalidateQueries({ queryKey: ["geo-marks"] })
    },
    onError: (error: Error) => toast.error(error.message),
  })
  if (right.status !== "current") return right.revoked_reason ? <Text size="xsmall">{right.revoked_reason}</Text> : null
  return (
    <div className="flex gap-2">
      <Input size="small" placeholder="Lý do thu hồi" aria-label="Lý do thu hồi" value={reason} onChange={(e) => setReason(e.target.value)} />
      <Button size="small" variant="danger" disabled={reason.trim().length < 3 || revoke.isPending} onClick={() => revoke.mutate()}>
        Thu hồi
      </Button>
    </div>
  )
}

const MarkRights = ({ markId }: { markId: string }) => {
  const { data, error } = useQuery({
    queryKey: ["geo-mark", markId],
    queryFn: () => sdk.client.fetch<{ geo_mark: MarkDetail }>(`/admin/geo-marks/${markId}`),
  })
  if (error) return <Text className="text-ui-fg-error">{(error as Error).message}</Text>
  if (!data) return <Text size="small">Đang tải…</Text>
  const mark = data.geo_mark
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Người bán</Table.HeaderCell>
            <Table.HeaderCell>Cấp ngày</Table.HeaderCell>
            <Table.HeaderCell>Hết hạn</Table.HeaderCell>
            <Table.HeaderCell>Sản phẩm gắn nhãn</Table.HeaderCell>
            <Table.HeaderCell>Trạng thái</Table.HeaderCell>
            <Table.HeaderCell></Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {mark.rights.map((r) => (
            <Table.Row key={r.id}>
              <Table.Cell>
                {r.producer ? (
                  <Link to={`/producers/${r.producer.id}`} className="text-ui-fg-interactive">
                    {r.producer.name}
                  </Link>
                ) : (
                  "—"
                )}
              </Table.Cell>
              <Table.Cell>{day(r.granted_at)}</Table.Cell>
              <Table.Cell>{r.expires_at ? day(r.expires_at) : "Không thời hạn"}</Table.Cell>
              <Table.Cell>{mark.products.filter((p) => p.producer_id === r.producer?.id).length}</Table.Cell>
              <Table.Cell>
                <Badge color={RIGHT_STATUS_COLOR[r.status]}>{RIGHT_STATUS_LABEL[r.status]}</Badge>
              </Table.Cell>
              <Table.Cell>
                <RevokeRight right={r} markId={mark.id} />
              </Table.Cell>
            </Table.Row>
          ))}
          {!mark.rights.length && (
            <Table.Row>
              <Table.Cell>Chưa cấp quyền cho người bán nào.</Table.Cell>
            </Table.Row>
          )}
        </Table.Body>
      </Table>
      <GrantRight mark={mark} />
    </div>
  )
}

/**
 * Geographical indications and collective/certification marks: who may use each.
 * Granting and revoking records the managing body's decisions; a revoked right takes the
 * mark off that producer's products at once.
 */
const GeoMarksPage = () => {
  const [open, setOpen] = useState<string | null>(null)
  const { data, isLoading, error } = useQuery({
    queryKey: ["geo-marks"],
    queryFn: () => sdk.client.fetch<{ geo_marks: AdminGeoMark[] }>("/admin/geo-marks"),
  })
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Chỉ dẫn địa lý và nhãn hiệu</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Quyền sử dụng do cơ quan quản lý cấp. Sản phẩm chỉ được gắn nhãn khi người bán còn quyền (và, với chỉ dẫn địa lý, ở trong vùng).
        </Text>
      </div>
      {error && <Text className="px-6 py-4 text-ui-fg-error">{(error as Error).message}</Text>}
      {isLoading && <Text className="px-6 py-4">Đang tải…</Text>}
      {data?.geo_marks.map((m) => (
        <div key={m.id}>
          <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-3">
            <div>
              <Text weight="plus">{m.name}</Text>
              <Text size="small" className="text-ui-fg-subtle">
                {MARK_KIND_LABEL[m.kind]} {m.certificate_number ? `số ${m.certificate_number}` : "(chưa xác minh số văn bằng)"} · {m.managing_body}
              </Text>
            </div>
            <div className="flex items-center gap-2">
              <Badge color="green">{m.current_right_count ?? 0} người bán có quyền</Badge>
              <Badge color="grey">{m.product_count ?? 0} sản phẩm</Badge>
              <Button size="small" variant="secondary" onClick={() => setOpen(open === m.id ? null : m.id)}>
                {open === m.id ? "Đóng" : "Quyền sử dụng"}
              </Button>
            </div>
          </div>
          {open === m.id && <MarkRights markId={m.id} />}
        </div>
      ))}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Chỉ dẫn địa lý", icon: ShieldCheck })

export default GeoMarksPage
