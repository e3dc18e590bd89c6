import { Button, Label, Textarea, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../lib/sdk"
import { ACTION_LABEL, ACTIONS_FROM, NEEDS_REASON, type AdminProducer, type ReviewAction } from "../lib/producers"

/** The officer's decision panel: approve, reject (with a reason), suspend, reinstate. */
export const ProducerReview = ({ producer }: { producer: AdminProducer }) => {
  const [reason, setReason] = useState("")
  const queryClient = useQueryClient()
  const review = useMutation({
    mutationFn: (action: ReviewAction) =>
      sdk.client.fetch(`/admin/producers/${producer.id}/review`, {
        method: "POST",
        body: { action, reason: reason.trim() || null },
      }),
    onSuccess: (_data, action) => {
      toast.success(`${ACTION_LABEL[action]}: ${producer.name}`)
      setReason("")
      queryClient.invalidateQueries({ queryKey: ["producers"] })
      queryClient.invalidateQueries({ queryKey: ["producer", producer.id] })
    },
    onError: (error: Error) => toast.error(error.message),
  })
  const actions = ACTIONS_FROM[producer.status]
  const reasonMissing = (a: ReviewAction) => NEEDS_REASON[a] && !reason.trim()

  return (
    <div className="flex flex-col gap-y-3">
      {actions.some((a) => NEEDS_REASON[a]) && (
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={`reason-${producer.id}`}>Lý do (bắt buộc khi từ chối hoặc tạm ngừng; người bán sẽ đọc)</Label>
          <Textarea id={`reason-${producer.id}`} value={reason} onChange={(e) => setReason(e.target.value)} rows={3} />
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        {actions.map((action) => (
          <Button
            key={action}
            size="small"
            variant={action === "approve" || action === "reinstate" ? "primary" : "danger"}
            disabled={review.isPending || reasonMissing(action)}
            onClick={() => review.mutate(action)}
          >
            {ACTION_LABEL[action]}
          </Button>
        ))}
      </div>
    </div>
  )
}
