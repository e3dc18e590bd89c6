import { TextField } from "@/modules/seller/components/field"

/**
 * Email and password of a sign-in form (buyers' and producers' alike), with the page to
 * return to afterwards. Autocomplete hints let password managers fill both.
 */
export function SignInFields({
  next,
  email,
  errors,
  labels,
}: {
  next: string
  email: string
  errors: { email?: string; password?: string }
  labels: { email: string; password: string }
}) {
  return (
    <>
      <input type="hidden" name="next" value={next} />
      <TextField
        name="email"
        type="email"
        label={labels.email}
        autoComplete="username"
        inputMode="email"
        required
        defaultValue={email}
        error={errors.email}
      />
      <TextField name="password" type="password" label={labels.password} autoComplete="current-password" required error={errors.password} />
    </>
  )
}
