import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BookOpen } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { CATALOG_STATUS_COLOR, CATALOG_STATUS_LABEL, handleOf, vnDay, vnLastDay, type AdminCatalog } from "../../lib/promotion"
import { sdk } from "../../lib/sdk"

const NewCatalog = () => {
  const [title, setTitle] = useState("")
  const [handle, setHandle] = useState("")
  const navigate = useNavigate()
  const create = useMutation({
    mutationFn: () =>
      sdk.client.fetch<{ catalog: AdminCatalog }>("/admin/catalogs", {
        method: "POST",
        body: { title: title.trim(), handle: handle || handleOf(title), product_ids: [] },
      }),
    onSuccess: ({ catalog }) => {
      toast.success("Đã tạo danh mục; hãy thêm sản phẩm")
      navigate(`/catalogs/${catalog.id}`)
    },
    onError: (e: Error) => toast.error(e.message),
  })
  return (
    <form
      className="flex flex-wrap items-end gap-2 px-6 py-4"
      onSubmit={(e) => {
        e.preventDefault()
        create.mutate()
      }}
    >
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="catalog-title" size="small">
          Tên danh mục
        </Label>
        <Input id="catalog-title" size="small" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Quà Tết 2027" />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="catalog-handle" size="small">
          Đường dẫn
        </Label>
        <Input id="catalog-handle" size="small" value={handle || handleOf(title)} onChange={(e) => setHandle(e.target.value)} />
      </div>
      <Button size="small" type="submit" disabled={!title.trim() || create.isPending}>
        Tạo danh mục
      </Button>
    </form>
  )
}

/** Trade officers' featured catalogs: gift lists, fair selections and display-point shelves. */
const CatalogsPage = () => {
  const { data, isLoading } = useQuery({
    queryKey: ["catalogs"],
    queryFn: () => sdk.client.fetch<{ catalogs: AdminCatalog[] }>("/admin/catalogs"),
  })
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Danh mục giới thiệu</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Chọn và sắp xếp sản phẩm tiêu biểu cho hội chợ, quà tặng và điểm trưng bày.
          </Text>
        </div>
        <Link to="/display-points">
          <Button size="small" variant="secondary">
            Điểm trưng bày
          </Button>
        </Link>
      </div>
      <NewCatalog />
      {isLoading ? (
        <Text className="px-6 py-4">Đang tải…</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Danh mục</Table.HeaderCell>
              <Table.HeaderCell>Sản phẩm</Table.HeaderCell>
              <Table.HeaderCell>Thời gian</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(data?.catalogs ?? []).map((c) => (
              <Table.Row key={c.id}>
                <Table.Cell>
                  <Link to={`/catalogs/${c.id}`} className="text-ui-fg-interactive">
                    {c.title}
                  </Link>
                </Table.Cell>
                <Table.Cell>{c.product_count ?? 0}</Table.Cell>
                <Table.Cell>
                  {c.starts_at || c.ends_at ? `${vnDay(c.starts_at) || "…"} → ${vnLastDay(c.ends_at) || "…"}` : "Không giới hạn"}
                </Table.Cell>
                <Table.Cell>
                  <Badge color={CATALOG_STATUS_COLOR[c.status]}>{CATALOG_STATUS_LABEL[c.status]}</Badge>
                </Table.Cell>
              </Table.Row>
            ))}
            {data && !data.catalogs.length && (
              <Table.Row>
                <Table.Cell>Chưa có danh mục nào.</Table.Cell>
              </Table.Row>
            )}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Danh mục giới thiệu", icon: BookOpen })

export default CatalogsPage
