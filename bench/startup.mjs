#!/usr/bin/env node
// Issue #2 figure: first start on a fresh clone after install (builds, embedded
// PostgreSQL initdb, migrations, seed, both servers ready) and a restart with data.
// Runs `npm start`'s script with its own data folder; removes build outputs first so the
// first start builds everything as on a fresh clone.
import { spawn } from "node:child_process"
import { rmSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { freePort } from "../scripts/lib/database.mjs"
import { machine, writeResult } from "./lib/load.mjs"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const dataDir = path.join(ROOT, ".data/bench-startup")

async function timedStart(label) {
  const backendPort = await freePort(9300)
  const storefrontPort = await freePort(8300)
  const started = Date.now()
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "", CLN_DATA_DIR: dataDir, BACKEND_PORT: String(backendPort), STOREFRONT_PORT: String(storefrontPort) },
    stdio: ["ignore", "pipe", "inherit"],
  })
  const seconds = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${label}: not ready in 10 minutes`)), 600_000)
    let out = ""
    child.stdout.on("data", (chunk) => {
      out += chunk
      process.stdout.write(chunk)
      if (out.includes("Chợ Làng Nghề is running")) {
        clearTimeout(timer)
        resolve((Date.now() - started) / 1000)
      }
    })
    child.on("exit", (code) => reject(new Error(`${label}: start exited with ${code}`)))
  })
  // Confirm both answer, then stop with Ctrl-C as a person would.
  const health = await fetch(`http://localhost:${backendPort}/health`).then((r) => r.status)
  const home = await fetch(`http://localhost:${storefrontPort}/vi`).then((r) => r.status)
  child.removeAllListeners("exit")
  const stopStarted = Date.now()
  child.kill("SIGINT")
  const exitCode = await new Promise((r) => child.on("exit", r))
  return { label, seconds: +seconds.toFixed(1), health, home, stopSeconds: +((Date.now() - stopStarted) / 1000).toFixed(1), exitCode }
}

rmSync(dataDir, { recursive: true, force: true })
for (const p of ["backend/.medusa", "storefront/.next", "packages/domain/dist"]) rmSync(path.join(ROOT, p), { recursive: true, force: true })
const first = await timedStart("first start (fresh clone, after npm install)")
const second = await timedStart("restart with data")
const result = { machine: await machine(), runs: [first, second] }
writeResult("startup", result)
