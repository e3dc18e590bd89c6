import { FormAlert } from "../components/form-alert"

/** A panel page the backend refused (403): its own bilingual message says why. */
export function NotApprovedNotice({ message }: { message: string }) {
  return <FormAlert kind="info" message={message} />
}
