import { Trash } from "@medusajs/icons"
import { Button, Drawer, IconButton, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { handleOf } from "../../lib/promotion"
import { sdk } from "../../lib/sdk"
import {
  bodyOf,
  draftOf,
  draftProblems,
  EMPTY_FAIR,
  vietnameseError,
  type AdminFair,
  type FairDraft,
  type FairField,
  type FairProducer,
} from "./fairs"

/** Finds approved producers by name; only they can take part in a fair (the backend checks too). */
const ProducerSearch = ({ chosen, onAdd }: { chosen: string[]; onAdd: (p: FairProducer) => void }) => {
  const [q, setQ] = useState("")
  const { data, isFetching, error } = useQuery({
    queryKey: ["fair-producer-search", q],
    enabled: q.trim().length >= 2,
    queryFn: () =>
      sdk.client.fetch<{ producers: FairProducer[] }>("/admin/producers", {
        query: { q: q.trim(), status: "approved", limit: 8, fields: "id,handle,name" },
      }),
  })
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor="fair-producer-q" size="small">
        Tìm người bán đã duyệt theo tên để thêm
      </Label>
      <Input id="fair-producer-q" type="search" size="small" value={q} onChange={(e) => setQ(e.target.value)} placeholder="HTX chè…" />
      {isFetching && <Text size="small">Đang tìm…</Text>}
      {error && (
        <Text size="small" className="text-ui-fg-error">
          {vietnameseError(error)}
        </Text>
      )}
      {data && !data.producers.length && q.trim().length >= 2 && <Text size="small">Không có người bán đã duyệt nào tên như vậy.</Text>}
      <ul className="flex flex-col gap-y-1" aria-label="Kết quả tìm người bán">
        {(data?.producers ?? []).map((p) => (
          <li key={p.id} className="flex items-center justify-between gap-x-2">
            <Text size="small">{p.name}</Text>
            <Button type="button" size="small" variant="secondary" disabled={chosen.includes(p.id)} onClick={() => onAdd(p)}>
              {chosen.includes(p.id) ? "Đã có" : "Thêm"}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  )
}

const FieldError = ({ id, message }: { id: string; message?: string }) =>
  message ? (
    <Text id={id} size="small" role="alert" className="text-ui-fg-error">
      {message}
    </Text>
  ) : null

/**
 * Creates a fair (no `fair`) or edits one, in a drawer. Problems the officer can see
 * before saving are shown by their fields; the backend's refusals above the buttons.
 * Mounted afresh for each opening, so the draft starts from the fair as it was listed.
 */
export const FairForm = ({ fair, open, onOpenChange }: { fair?: AdminFair; open: boolean; onOpenChange: (open: boolean) => void }) => {
  const queryClient = useQueryClient()
  const [draft, setDraft] = useState<FairDraft>(fair ? draftOf(fair) : EMPTY_FAIR)
  // The handle follows the name until the officer types one (a new fair only).
  const [handleTouched, setHandleTouched] = useState(!!fair)
  const [submitted, setSubmitted] = useState(false)
  const [apiError, setApiError] = useState<string | null>(null)

  const save = useMutation({
    mutationFn: (d: FairDraft) =>
      sdk.client.fetch<{ fair: AdminFair }>(fair ? `/admin/fairs/${fair.id}` : "/admin/fairs", { method: "POST", body: bodyOf(d) }),
    onSuccess: ({ fair: saved }) => {
      toast.success(fair ? `Đã lưu hội chợ "${saved.name}"` : `Đã thêm hội chợ "${saved.name}"`)
      queryClient.invalidateQueries({ queryKey: ["fairs"] })
      onOpenChange(false)
    },
    onError: (e) => setApiError(vietnameseError(e)),
  })

  const problems = draftProblems(draft)
  // The day rule shows as soon as both days are picked; the rest once the officer tries to save.
  const shown: Partial<Record<FairField, string>> = submitted ? problems : { last_day: draft.first_day && draft.last_day ? problems.last_day : undefined }
  const set = (patch: Partial<FairDraft>) => {
    setApiError(null)
    setDraft((d) => ({ ...d, ...patch }))
  }
  const text = (key: "name" | "name_en" | "handle" | "place" | "province", label: string, onChange?: (value: string) => void) => (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={`fair-${key}`} size="small">
        {label}
      </Label>
      <Input
        id={`fair-${key}`}
        size="small"
        value={draft[key]}
        aria-invalid={!!shown[key as FairField]}
        aria-describedby={shown[key as FairField] ? `fair-${key}-error` : undefined}
        onChange={(e) => (onChange ? onChange(e.target.value) : set({ [key]: e.target.value }))}
      />
      <FieldError id={`fair-${key}-error`} message={shown[key as FairField]} />
    </div>
  )
  const day = (key: "first_day" | "last_day", label: string) => (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={`fair-${key}`} size="small">
        {label}
      </Label>
      <Input
        id={`fair-${key}`}
        type="date"
        size="small"
        value={draft[key]}
        aria-invalid={!!shown[key]}
        aria-describedby={shown[key] ? `fair-${key}-error` : undefined}
        onChange={(e) => set({ [key]: e.target.value })}
      />
      <FieldError id={`fair-${key}-error`} message={shown[key]} />
    </div>
  )

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content aria-describedby={undefined}>
        <form
          className="flex h-full flex-col overflow-hidden"
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            setSubmitted(true)
            if (Object.keys(problems).length) return
            save.mutate(draft)
          }}
        >
          <Drawer.Header>
            <Drawer.Title>{fair ? `Sửa hội chợ "${fair.name}"` : "Thêm hội chợ hoặc sự kiện"}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-3 overflow-y-auto">
            {text("name", "Tên hội chợ (tiếng Việt)", (name) => set({ name, ...(handleTouched ? {} : { handle: handleOf(name) }) }))}
            {text("name_en", "Tên tiếng Anh (không bắt buộc)")}
            {text("handle", "Đường dẫn (chữ thường, gạch nối)", (handle) => {
              setHandleTouched(true)
              set({ handle })
            })}
            <div className="grid grid-cols-2 gap-3">
              {day("first_day", "Ngày bắt đầu")}
              {day("last_day", "Ngày kết thúc")}
            </div>
            {text("place", "Địa điểm")}
            {text("province", "Tỉnh/thành phố")}
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="fair-description" size="small">
                Giới thiệu (tiếng Việt)
              </Label>
              <Textarea id="fair-description" rows={3} value={draft.description} onChange={(e) => set({ description: e.target.value })} />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="fair-description_en" size="small">
                Giới thiệu (tiếng Anh)
              </Label>
              <Textarea id="fair-description_en" rows={2} value={draft.description_en} onChange={(e) => set({ description_en: e.target.value })} />
            </div>
            <div className="flex flex-col gap-y-2">
              <Text size="small" weight="plus">
                Người bán tham gia ({draft.producers.length})
              </Text>
              {draft.producers.length ? (
                <ul className="flex flex-col gap-y-1" aria-label="Người bán tham gia">
                  {draft.producers.map((p) => (
                    <li key={p.id} className="flex items-center justify-between gap-x-2 rounded border px-2 py-1">
                      <Text size="small">{p.name}</Text>
                      <IconButton
                        type="button"
                        size="small"
                        variant="transparent"
                        aria-label={`Bỏ "${p.name}" khỏi hội chợ`}
                        onClick={() => set({ producers: draft.producers.filter((x) => x.id !== p.id) })}
                      >
                        <Trash />
                      </IconButton>
                    </li>
                  ))}
                </ul>
              ) : (
                <Text size="small" className="text-ui-fg-subtle">
                  Chưa có người bán nào.
                </Text>
              )}
              <ProducerSearch chosen={draft.producers.map((p) => p.id)} onAdd={(p) => set({ producers: [...draft.producers, p] })} />
            </div>
          </Drawer.Body>
          <Drawer.Footer className="flex-col items-stretch gap-y-2">
            {apiError && (
              <Text size="small" role="alert" className="text-ui-fg-error">
                {apiError}
              </Text>
            )}
            <div className="flex justify-end gap-x-2">
              <Drawer.Close asChild>
                <Button type="button" size="small" variant="secondary">
                  Huỷ
                </Button>
              </Drawer.Close>
              <Button type="submit" size="small" isLoading={save.isPending}>
                {fair ? "Lưu thay đổi" : "Thêm hội chợ"}
              </Button>
            </div>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
