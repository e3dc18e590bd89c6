import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import S3rver from "s3rver"
import { officerHeaders } from "../../helpers/auth"

// Uploaded files in S3 (issue #8): medusa-config.ts registers Medusa's S3 file provider
// when S3_BUCKET is set. Amazon cannot be reached from here, so the provider talks to
// s3rver, an S3-compatible server on loopback, over the real S3 protocol (signed
// requests, path-style buckets as MinIO uses). What this does not exercise: Amazon's own
// endpoints, IAM-role authentication and bucket policies (public read), which s3rver
// does not enforce.
// The variables are set before the runner loads medusa-config.ts (in its beforeAll);
// vitest runs each file in its own process, so no other file sees them.
const directory = mkdtempSync(path.join(tmpdir(), "cln-s3-"))
const bucket = "cln-uploads"
const s3 = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] })
let endpoint = ""

// Registered before the runner's own beforeAll, so it runs first.
beforeAll(async () => {
  const { port } = (await s3.run()) as { port: number }
  endpoint = `http://127.0.0.1:${port}`
  Object.assign(process.env, {
    S3_BUCKET: bucket,
    S3_ENDPOINT: endpoint,
    S3_FILE_URL: `${endpoint}/${bucket}`,
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_REGION: "us-east-1",
    S3_FORCE_PATH_STYLE: "true",
  })
})

afterAll(async () => {
  await s3.close()
  rmSync(directory, { recursive: true, force: true })
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("stores an officer's upload in the bucket, serves it from the bucket's URL and deletes it there", async () => {
      const container = getContainer()
      const officer = await officerHeaders(container)
      const photo = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg"><text>Nón lá Chiêm Hóa ${Date.now()}</text></svg>`)

      const form = new FormData()
      form.append("files", new Blob([photo], { type: "image/svg+xml" }), "non-la.svg")
      const uploaded = await api.post("/admin/uploads", form, officer)
      expect(uploaded.status).toBe(200)
      const file = (uploaded.data.files as { id: string; url: string }[])[0]!
      // The URL points into the bucket, not at this server's /static.
      expect(file.url.startsWith(`${endpoint}/${bucket}/`)).toBe(true)

      const stored = await fetch(file.url)
      expect(stored.status).toBe(200)
      expect(Buffer.from(await stored.arrayBuffer()).equals(photo)).toBe(true)

      await container.resolve(Modules.FILE).deleteFiles(file.id)
      expect((await fetch(file.url)).status).toBe(404)
    })
  },
})
