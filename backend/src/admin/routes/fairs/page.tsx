import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Calendar } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../../lib/sdk"
import { FairForm } from "./fair-form"
import { FAIR_STATUS_COLOR, FAIR_STATUS_LABEL, vietnameseError, vnDate, type AdminFair } from "./fairs"

const FairRow = ({ fair, onEdit }: { fair: AdminFair; onEdit: () => void }) => {
  const queryClient = useQueryClient()
  const prompt = usePrompt()
  const remove = useMutation({
    mutationFn: () => sdk.client.fetch(`/admin/fairs/${fair.id}`, { method: "DELETE" }),
    onSuccess: () => {
      toast.success(`Đã xoá hội chợ "${fair.name}"`)
      queryClient.invalidateQueries({ queryKey: ["fairs"] })
    },
    onError: (e) => toast.error(vietnameseError(e)),
  })
  const confirmRemove = async () => {
    const sure = await prompt({
      title: `Xoá hội chợ "${fair.name}"?`,
      description: `Hội chợ sẽ không còn trên cửa hàng; danh sách ${fair.producers.length} người bán tham gia bị bỏ, còn hồ sơ người bán vẫn giữ nguyên.`,
      confirmText: "Xoá",
      cancelText: "Giữ lại",
    })
    if (sure) remove.mutate()
  }
  return (
    <Table.Row>
      <Table.Cell>
        <Text size="small" weight="plus">
          {fair.name}
        </Text>
        {fair.name_en && (
          <Text size="xsmall" className="text-ui-fg-subtle" lang="en">
            {fair.name_en}
          </Text>
        )}
      </Table.Cell>
      <Table.Cell className="whitespace-nowrap">
        {vnDate(fair.first_day)} – {vnDate(fair.last_day)}
      </Table.Cell>
      <Table.Cell>
        <Text size="small">{fair.place}</Text>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {fair.province}
        </Text>
      </Table.Cell>
      <Table.Cell title={fair.producers.map((p) => p.name).join(", ")}>{fair.producers.length}</Table.Cell>
      <Table.Cell className="whitespace-nowrap">
        <Badge color={FAIR_STATUS_COLOR[fair.status]}>{FAIR_STATUS_LABEL[fair.status]}</Badge>
      </Table.Cell>
      <Table.Cell>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" onClick={onEdit} aria-label={`Sửa "${fair.name}"`}>
            Sửa
          </Button>
          <Button size="small" variant="danger" onClick={confirmRemove} isLoading={remove.isPending} aria-label={`Xoá "${fair.name}"`}>
            Xoá
          </Button>
        </div>
      </Table.Cell>
    </Table.Row>
  )
}

/** Fairs and trade events the province organises or joins, with the producers taking part. */
const FairsPage = () => {
  const { data, isLoading, error } = useQuery({
    queryKey: ["fairs"],
    queryFn: () => sdk.client.fetch<{ fairs: AdminFair[] }>("/admin/fairs"),
  })
  // Which fair the drawer edits ("new" for a new one); the form is mounted afresh each time.
  const [editing, setEditing] = useState<AdminFair | "new" | null>(null)
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Hội chợ &amp; sự kiện</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Hội chợ, triển lãm và sự kiện xúc tiến thương mại, cùng các người bán tham gia; người mua xem trên cửa hàng cho đến ngày kết thúc.
          </Text>
        </div>
        <Button size="small" onClick={() => setEditing("new")}>
          Thêm hội chợ
        </Button>
      </div>
      {error ? (
        <Text className="px-6 py-4 text-ui-fg-error" role="alert">
          {vietnameseError(error)}
        </Text>
      ) : isLoading ? (
        <Text className="px-6 py-4">Đang tải…</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Hội chợ</Table.HeaderCell>
              <Table.HeaderCell>Thời gian</Table.HeaderCell>
              <Table.HeaderCell>Địa điểm</Table.HeaderCell>
              <Table.HeaderCell>Người bán</Table.HeaderCell>
              <Table.HeaderCell>Tình trạng</Table.HeaderCell>
              <Table.HeaderCell>
                <span className="sr-only">Thao tác</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(data?.fairs ?? []).map((f) => (
              <FairRow key={f.id} fair={f} onEdit={() => setEditing(f)} />
            ))}
            {data && !data.fairs.length && (
              <Table.Row>
                <Table.Cell>Chưa có hội chợ nào.</Table.Cell>
              </Table.Row>
            )}
          </Table.Body>
        </Table>
      )}
      {editing && (
        <FairForm
          key={editing === "new" ? "new" : editing.id}
          fair={editing === "new" ? undefined : editing}
          open
          onOpenChange={(open) => !open && setEditing(null)}
        />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Hội chợ & sự kiện", icon: Calendar })

export default FairsPage
