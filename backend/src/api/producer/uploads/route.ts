import type { MedusaResponse } from "@medusajs/framework/http"
import { uploadProducerImagesWorkflow } from "../../../workflows/producer-product/workflows/upload-producer-images"
import type { ProducerRequest } from "../guard"

type ReceivedFile = { originalname: string; mimetype: string; buffer: Buffer }

/** POST /producer/uploads (multipart, field "files"): product photos → { files: [{ id, url }] }. */
export const POST = async (req: ProducerRequest, res: MedusaResponse) => {
  const received = ((req as unknown as { files?: ReceivedFile[] }).files ?? []) as ReceivedFile[]
  const { result } = await uploadProducerImagesWorkflow(req.scope).run({
    input: {
      files: received.map((f) => ({ filename: f.originalname, mime_type: f.mimetype, content: f.buffer.toString("base64") })),
    },
  })
  res.json({ files: result })
}
