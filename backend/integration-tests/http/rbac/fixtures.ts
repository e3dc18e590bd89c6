import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { bearer, login } from "../../helpers/auth"

const PASSWORD = "mat-khau-can-bo-123"

/**
 * An admin user who signs in with email and password, made the way `medusa user` makes
 * one (user with its roles, then an email/password identity bound to it). Signing in for
 * real matters here: Medusa writes the user's roles into the token at sign-in.
 */
export async function adminUser(api: any, container: MedusaContainer, email: string, roles: string[] = []) {
  const { result } = await createUsersWorkflow(container).run({
    input: { users: [{ email, first_name: "Cán bộ", last_name: "Sở Công Thương", roles }] },
  })
  const user = result[0]!
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password: PASSWORD } } as any)
  if (error || !authIdentity) throw new Error(`could not register ${email}: ${error}`)
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
  return { id: user.id, signIn: async () => bearer(await login(api, "user", email, PASSWORD)) }
}
