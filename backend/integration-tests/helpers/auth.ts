import jwt from "jsonwebtoken"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { addProducerMemberWorkflow } from "../../src/workflows/producer/workflows/add-producer-member"

// The test app uses medusa-config's default JWT secret.
const JWT_SECRET = process.env.JWT_SECRET || "supersecret"

/** A trade officer (Medusa admin user) and the headers that sign in as them. */
export async function officerHeaders(container: MedusaContainer, email = "officer@tuyenquang.gov.vn") {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const [existing] = await userModule.listUsers({ email })
  const user = existing ?? (await userModule.createUsers({ email, first_name: "Cán bộ", last_name: "Sở Công Thương" }))
  const identity = await authModule.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: `${email}-${Date.now()}` }],
    app_metadata: { user_id: user.id },
  })
  const token = jwt.sign({ actor_id: user.id, actor_type: "user", auth_identity_id: identity.id, app_metadata: { user_id: user.id } }, JWT_SECRET, {
    expiresIn: "1d",
  })
  return { headers: { authorization: `Bearer ${token}` } }
}

/** Registers an email/password identity for an actor type and returns its token. */
export async function registerIdentity(api: any, actorType: string, email: string, password = "mat-khau-an-toan-123") {
  const res = await api.post(`/auth/${actorType}/emailpass/register`, { email, password })
  return res.data.token as string
}

export async function login(api: any, actorType: string, email: string, password = "mat-khau-an-toan-123") {
  const res = await api.post(`/auth/${actorType}/emailpass`, { email, password })
  return res.data.token as string
}

export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })

/** Sends a request and returns the response whether it succeeded or not. */
export async function attempt<T = any>(promise: Promise<T>): Promise<any> {
  return promise.catch((e: any) => e.response ?? Promise.reject(e))
}

/**
 * Gives an existing producer a member who signs in with `email`, the way the seed does
 * (register an email/password identity, bind it to a new member), and returns a token.
 */
export async function producerLogin(api: any, container: MedusaContainer, producerId: string, email: string) {

  const registration = await registerIdentity(api, "producer", email)
  const { auth_identity_id } = jwt.decode(registration) as { auth_identity_id: string }
  await addProducerMemberWorkflow(container).run({
    input: { auth_identity_id, producer_id: producerId, name: email.split("@")[0]!, email },
  })
  return login(api, "producer", email)
}
