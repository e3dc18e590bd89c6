import http from "node:http"
import https from "node:https"

/**
 * The backend's public trace API (/trace/*) over a plain keep-alive HTTP client: every
 * label scan passes through here, hundreds of times a second, and the SDK's fetch cost
 * about a third of the resolver's throughput. Used by the trace edge and the trace page.
 */

/** The backend rejected an identifier as malformed (400). */
export class TraceRequestError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "TraceRequestError"
  }
}

export type BackendAnswer<T> = { status: number; body: T }

const TIMEOUT_MS = 10_000
/** Header values as Node accepts them (tab, printable ASCII and Latin-1); anything else is dropped. */
const VALID_HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/

export function createTraceBackend(baseUrl: string, baseHeaders: Record<string, string> = {}) {
  const backend = new URL(baseUrl)
  const client = backend.protocol === "https:" ? https : http
  // Idle sockets are closed before the backend's own keep-alive timeout (Node's default 5 s).
  const agent = new client.Agent({ keepAlive: true, maxFreeSockets: 64, timeout: 4_000 })
  const prefix = backend.pathname.replace(/\/$/, "")

  function send<T>(method: "GET" | "POST", path: string, headers: Record<string, string>, body: string | null, retried = false): Promise<BackendAnswer<T>> {
    const merged: Record<string, string> = { accept: "application/json", ...baseHeaders }
    for (const [name, value] of Object.entries(headers)) if (VALID_HEADER_VALUE.test(value)) merged[name] = value
    if (body !== null) {
      merged["content-type"] = "application/json"
      merged["content-length"] = String(Buffer.byteLength(body))
    }
    return new Promise((resolve, reject) => {
      const request = client.request(
        { method, protocol: backend.protocol, hostname: backend.hostname, port: backend.port, path: `${prefix}${path}`, agent, headers: merged },
        (response) => {
          const chunks: Buffer[] = []
          response.on("data", (chunk: Buffer) => chunks.push(chunk))
          response.on("error", reject)
          response.on("end", () => {
            try {
              resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) as T })
            } catch (error) {
              reject(new Error(`${method} ${path}: answer ${response.statusCode} is not JSON`, { cause: error }))
            }
          })
        }
      )
      request.setTimeout(TIMEOUT_MS, () => request.destroy(new Error(`${method} ${path}: no answer in ${TIMEOUT_MS} ms`)))
      request.on("error", (error: NodeJS.ErrnoException) => {
        // The backend may close an idle keep-alive connection just as it is reused; a GET is
        // safe to send once more on a fresh one (Node's documented pattern). A POST is not
        // retried here: its caller decides.
        if (!retried && method === "GET" && request.reusedSocket && (error.code === "ECONNRESET" || error.code === "EPIPE")) {
          send<T>(method, path, headers, body, true).then(resolve, reject)
        } else {
          reject(error)
        }
      })
      request.end(body ?? undefined)
    })
  }

  return {
    get: <T>(path: string, headers: Record<string, string> = {}) => send<T>("GET", path, headers, null),
    post: <T>(path: string, payload: unknown, headers: Record<string, string> = {}) => send<T>("POST", path, headers, JSON.stringify(payload)),
  }
}

export type TraceBackend = ReturnType<typeof createTraceBackend>
