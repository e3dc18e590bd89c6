import { Button, Input, Label, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../lib/sdk"
import type { AdminProducer } from "../lib/producers"

const FIELDS = [
  ["phone", "Điện thoại", "tel"],
  ["email", "Email", "email"],
  ["address", "Địa chỉ", "text"],
  ["tax_code", "Mã số thuế", "text"],
] as const

/** Officers correct a producer's contact details and set the platform commission. */
export const ProducerEdit = ({ producer }: { producer: AdminProducer }) => {
  const [form, setForm] = useState({
    phone: producer.phone,
    email: producer.email,
    address: producer.address,
    tax_code: producer.tax_code ?? "",
    commission_percent: String(producer.commission_percent),
  })
  const queryClient = useQueryClient()
  const save = useMutation({
    mutationFn: () =>
      sdk.client.fetch(`/admin/producers/${producer.id}`, {
        method: "POST",
        body: {
          phone: form.phone,
          email: form.email,
          address: form.address,
          tax_code: form.tax_code.trim() || null,
          commission_percent: Number(form.commission_percent),
        },
      }),
    onSuccess: () => {
      toast.success("Đã lưu")
      queryClient.invalidateQueries({ queryKey: ["producer", producer.id] })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  return (
    <form
      className="flex flex-col gap-y-3"
      onSubmit={(e) => {
        e.preventDefault()
        save.mutate()
      }}
    >
      {FIELDS.map(([key, label, type]) => (
        <div key={key} className="flex flex-col gap-y-1">
          <Label htmlFor={`producer-${key}`}>{label}</Label>
          <Input id={`producer-${key}`} type={type} value={form[key]} onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))} />
        </div>
      ))}
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="producer-commission">Hoa hồng sàn (%)</Label>
        <Input
          id="producer-commission"
          type="number"
          min={0}
          max={100}
          step={0.5}
          value={form.commission_percent}
          onChange={(e) => setForm((f) => ({ ...f, commission_percent: e.target.value }))}
        />
      </div>
      <div>
        <Button type="submit" size="small" isLoading={save.isPending}>
          Lưu thay đổi
        </Button>
      </div>
    </form>
  )
}
