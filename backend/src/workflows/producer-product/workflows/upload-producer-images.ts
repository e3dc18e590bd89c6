import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { validateProductImagesStep, type ProductImageFile } from "../steps/validate-product-images"

export type UploadProducerImagesWorkflowInput = { files: ProductImageFile[] }

/** Checks a producer's product photos, then stores them publicly through the File module. */
export const uploadProducerImagesWorkflow = createWorkflow(
  "upload-producer-images",
  (input: UploadProducerImagesWorkflowInput) => {
    const files = validateProductImagesStep(input.files)
    const uploaded = uploadFilesWorkflow.runAsStep({ input: { files } })
    return new WorkflowResponse(transform({ uploaded }, ({ uploaded }) => uploaded.map((f) => ({ id: f.id, url: f.url }))))
  }
)
