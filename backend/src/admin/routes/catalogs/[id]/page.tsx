import { ArrowDownMini, ArrowUpMini, DotsSix, Trash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, IconButton, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useState } from "react"
import { useParams } from "react-router-dom"
import {
  CATALOG_STATUS_COLOR,
  CATALOG_STATUS_LABEL,
  moved,
  vnDay,
  vnDayEnd,
  vnDayStart,
  vnLastDay,
  type AdminCatalog,
  type CatalogProduct,
} from "../../../lib/promotion"
import { sdk } from "../../../lib/sdk"

type Draft = {
  title: string
  title_en: string
  story: string
  story_en: string
  hero_image_url: string
  starts_on: string
  ends_on: string
  products: CatalogProduct[]
}

const draftOf = (c: AdminCatalog): Draft => ({
  title: c.title,
  title_en: c.title_en ?? "",
  story: c.story ?? "",
  story_en: c.story_en ?? "",
  hero_image_url: c.hero_image_url ?? "",
  starts_on: vnDay(c.starts_at),
  ends_on: vnLastDay(c.ends_at),
  products: c.products,
})

type FoundProduct = { id: string; title: string; handle: string; thumbnail: string | null; status: string }

/** Finds published products by name to add to the catalog. */
const ProductSearch = ({ chosen, onAdd }: { chosen: string[]; onAdd: (p: CatalogProduct) => void }) => {
  const [q, setQ] = useState("")
  const { data, isFetching } = useQuery({
    queryKey: ["catalog-product-search", q],
    enabled: q.trim().length >= 2,
    queryFn: () =>
      sdk.client.fetch<{ products: FoundProduct[] }>("/admin/products", {
        query: { q: q.trim(), status: ["published"], limit: 8, fields: "id,title,handle,thumbnail,status" },
      }),
  })
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor="catalog-product-q" size="small">
        Tìm sản phẩm đã đăng bán để thêm
      </Label>
      <Input id="catalog-product-q" type="search" size="small" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Chè Shan tuyết…" />
      {isFetching && <Text size="small">Đang tìm…</Text>}
      <ul className="flex flex-col gap-y-1" aria-label="Kết quả tìm sản phẩm">
        {(data?.products ?? []).map((p) => (
          <li key={p.id} className="flex items-center justify-between gap-x-2">
            <span className="flex items-center gap-x-2">
              {p.thumbnail && <img src={p.thumbnail} alt="" className="h-8 w-8 rounded object-cover" />}
              <Text size="small">{p.title}</Text>
            </span>
            <Button
              size="small"
              variant="secondary"
              disabled={chosen.includes(p.id)}
              onClick={() => onAdd({ product_id: p.id, title: p.title, handle: p.handle, thumbnail: p.thumbnail, status: p.status })}
            >
              {chosen.includes(p.id) ? "Đã có" : "Thêm"}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  )
}

/**
 * The catalog's products in their order. Drag a row by its handle, or use the arrow
 * buttons (keyboard and screen readers); the order is saved with the catalog.
 */
const OrderedProducts = ({ products, onChange }: { products: CatalogProduct[]; onChange: (next: CatalogProduct[]) => void }) => {
  const [dragging, setDragging] = useState<number | null>(null)
  if (!products.length) return <Text size="small">Chưa có sản phẩm. Tìm và thêm ở bên cạnh.</Text>
  return (
    <ol className="flex flex-col gap-y-1" aria-label="Thứ tự sản phẩm trong danh mục">
      {products.map((p, i) => (
        <li
          key={p.product_id}
          data-testid="catalog-entry"
          draggable
          onDragStart={() => setDragging(i)}
          onDragOver={(e) => e.preventDefault()}
          onDrop={() => {
            if (dragging !== null) onChange(moved(products, dragging, i))
            setDragging(null)
          }}
          className="flex items-center gap-x-2 rounded border px-2 py-1"
        >
          <DotsSix aria-hidden className="cursor-grab text-ui-fg-muted" />
          <Text size="small" className="w-6 text-ui-fg-subtle">
            {i + 1}.
          </Text>
          {p.thumbnail && <img src={p.thumbnail} alt="" className="h-8 w-8 rounded object-cover" />}
          <Text size="small" className="flex-1">
            {p.title ?? p.product_id}
            {p.status !== "published" && (
              <Badge color="red" className="ml-2">
                {p.status === "missing" ? "Đã xoá" : "Chưa đăng bán"}
              </Badge>
            )}
          </Text>
          <IconButton size="small" variant="transparent" aria-label={`Đưa "${p.title}" lên`} disabled={i === 0} onClick={() => onChange(moved(products, i, i - 1))}>
            <ArrowUpMini />
          </IconButton>
          <IconButton
            size="small"
            variant="transparent"
            aria-label={`Đưa "${p.title}" xuống`}
            disabled={i === products.length - 1}
            onClick={() => onChange(moved(products, i, i + 1))}
          >
            <ArrowDownMini />
          </IconButton>
          <IconButton size="small" variant="transparent" aria-label={`Bỏ "${p.title}" khỏi danh mục`} onClick={() => onChange(products.filter((_, j) => j !== i))}>
            <Trash />
          </IconButton>
        </li>
      ))}
    </ol>
  )
}

const CatalogEditorPage = () => {
  const { id } = useParams()
  const queryClient = useQueryClient()
  const { data } = useQuery({
    queryKey: ["catalog", id],
    queryFn: () => sdk.client.fetch<{ catalog: AdminCatalog }>(`/admin/catalogs/${id}`),
  })
  const catalog = data?.catalog
  const [draft, setDraft] = useState<Draft | null>(null)
  useEffect(() => {
    if (catalog) setDraft(draftOf(catalog))
  }, [catalog])
  const refresh = (next: { catalog: AdminCatalog }) => {
    queryClient.setQueryData(["catalog", id], next)
    queryClient.invalidateQueries({ queryKey: ["catalogs"] })
  }
  const save = useMutation({
    mutationFn: (d: Draft) =>
      sdk.client.fetch<{ catalog: AdminCatalog }>(`/admin/catalogs/${id}`, {
        method: "POST",
        body: {
          title: d.title.trim(),
          title_en: d.title_en.trim(),
          story: d.story.trim(),
          story_en: d.story_en.trim(),
          hero_image_url: d.hero_image_url.trim() || null,
          starts_at: vnDayStart(d.starts_on),
          ends_at: vnDayEnd(d.ends_on),
          product_ids: d.products.map((p) => p.product_id),
        },
      }),
    onSuccess: (next) => {
      refresh(next)
      toast.success("Đã lưu danh mục")
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const publish = useMutation({
    mutationFn: (published: boolean) =>
      sdk.client.fetch<{ catalog: AdminCatalog }>(`/admin/catalogs/${id}/publish`, { method: "POST", body: { published } }),
    onSuccess: (next) => {
      refresh(next)
      toast.success(next.catalog.status === "published" ? "Đã đăng danh mục" : "Đã chuyển về bản nháp")
    },
    onError: (e: Error) => toast.error(e.message),
  })

  if (!catalog || !draft) return <Container>Đang tải…</Container>
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch })
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(catalog))
  const text = (key: "title" | "title_en" | "hero_image_url", label: string) => (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={`catalog-${key}`} size="small">
        {label}
      </Label>
      <Input id={`catalog-${key}`} size="small" value={draft[key]} onChange={(e) => set({ [key]: e.target.value })} />
    </div>
  )

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <Heading level="h1">{catalog.title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {catalog.storefront_url}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <Badge color={CATALOG_STATUS_COLOR[catalog.status]}>{CATALOG_STATUS_LABEL[catalog.status]}</Badge>
          <Button size="small" disabled={!dirty || save.isPending} onClick={() => save.mutate(draft)}>
            Lưu
          </Button>
          {catalog.status === "published" ? (
            <Button size="small" variant="secondary" disabled={publish.isPending} onClick={() => publish.mutate(false)}>
              Gỡ xuống
            </Button>
          ) : (
            <Button size="small" variant="secondary" disabled={dirty || publish.isPending} onClick={() => publish.mutate(true)}>
              Đăng
            </Button>
          )}
          {catalog.status === "published" && (
            <a href={catalog.storefront_url} target="_blank" rel="noreferrer" className="text-ui-fg-interactive text-sm">
              Xem trên cửa hàng
            </a>
          )}
        </div>
      </Container>
      <div className="grid gap-3 lg:grid-cols-2">
        <Container className="flex flex-col gap-y-3">
          <Heading level="h2">Nội dung và lịch</Heading>
          {text("title", "Tên (tiếng Việt)")}
          {text("title_en", "Tên (tiếng Anh)")}
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="catalog-story" size="small">
              Câu chuyện (tiếng Việt)
            </Label>
            <Textarea id="catalog-story" rows={4} value={draft.story} onChange={(e) => set({ story: e.target.value })} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="catalog-story_en" size="small">
              Câu chuyện (tiếng Anh)
            </Label>
            <Textarea id="catalog-story_en" rows={3} value={draft.story_en} onChange={(e) => set({ story_en: e.target.value })} />
          </div>
          {text("hero_image_url", "Ảnh bìa (đường dẫn)")}
          <div className="flex flex-wrap gap-3">
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="catalog-starts" size="small">
                Bắt đầu (bỏ trống: ngay khi đăng)
              </Label>
              <Input id="catalog-starts" type="date" size="small" value={draft.starts_on} onChange={(e) => set({ starts_on: e.target.value })} />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="catalog-ends" size="small">
                Ngày cuối (bỏ trống: không hạn)
              </Label>
              <Input id="catalog-ends" type="date" size="small" value={draft.ends_on} onChange={(e) => set({ ends_on: e.target.value })} />
            </div>
          </div>
          <ProductSearch chosen={draft.products.map((p) => p.product_id)} onAdd={(p) => set({ products: [...draft.products, p] })} />
        </Container>
        <Container className="flex flex-col gap-y-3">
          <Heading level="h2">Sản phẩm ({draft.products.length})</Heading>
          <OrderedProducts products={draft.products} onChange={(products) => set({ products })} />
          <Heading level="h3">Xem trước</Heading>
          {/* What buyers will see: the cards in this order. */}
          <div className="grid grid-cols-3 gap-2" aria-label="Xem trước danh mục">
            {draft.products.slice(0, 9).map((p) => (
              <figure key={p.product_id} className="flex flex-col gap-y-1">
                {p.thumbnail ? (
                  <img src={p.thumbnail} alt="" className="aspect-square w-full rounded object-cover" />
                ) : (
                  <div className="aspect-square w-full rounded bg-ui-bg-subtle" />
                )}
                <figcaption className="text-xs">{p.title}</figcaption>
              </figure>
            ))}
          </div>
          {catalog.display_points.length > 0 && (
            <Text size="small">Đang trưng bày tại: {catalog.display_points.map((p) => p.name).join(", ")}</Text>
          )}
        </Container>
      </div>
    </div>
  )
}

export default CatalogEditorPage
