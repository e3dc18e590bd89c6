import { NotFoundTemplate } from "@/modules/common/templates/not-found-template"

export default function LocaleNotFound() {
  return <NotFoundTemplate />
}
