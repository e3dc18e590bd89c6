/**
 * The one script of a scriptless product page (see ../scriptless.ts): the buy form sends
 * itself with fetch to POST /api/cart/line-items, says it is sending on its button, shows
 * the answer where the React form would (#add-result, with a link to the cart) and writes
 * the cart's new count into the header. Without it (or without fetch) the form is a plain
 * post to its server action, which answers with the whole page.
 *
 * It runs in the browser and is sent as its own source text (Function.prototype.toString),
 * so it must be self-contained: no imports, no outer names. Labels and class names come
 * from the form's data attributes (src/modules/cart/components/add-to-cart-form.tsx).
 */
export function enhanceAddToCart(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-enhance="add-to-cart"]')
  if (!form || typeof fetch !== "function" || typeof FormData !== "function") return
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')
  const result = form.querySelector<HTMLElement>("#add-result")
  const quantity = form.querySelector<HTMLInputElement>('input[name="quantity"]')
  const variant = form.querySelector<HTMLInputElement>('input[name="variant_id"]')
  if (!button || !result || !quantity || !variant) return
  const locale = document.documentElement.lang || "vi"
  const data = form.dataset

  function show(status: string, message: string) {
    const line = document.createElement("p")
    line.className = (status === "added" ? data.addedClass : data.errorClass) || ""
    line.textContent = message
    if (status === "added") {
      const link = document.createElement("a")
      link.href = `/${locale}/cart`
      link.textContent = data.viewCart || ""
      line.append(" ", link)
    }
    result!.setAttribute("role", status === "added" ? "status" : "alert")
    result!.replaceChildren(line)
    quantity!.setAttribute("aria-describedby", "add-result")
  }

  function showCount(count: number, label: string) {
    const link = document.querySelector<HTMLElement>("header a[data-count]")
    if (!link) return
    link.dataset.count = String(count)
    const shown = link.querySelector("[data-cart-count]")
    const more = link.querySelector("[data-cart-more]")
    if (shown) shown.textContent = String(count)
    if (more) more.textContent = label
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault()
    if (button.disabled) return
    const label = button.textContent
    button.disabled = true
    button.setAttribute("aria-disabled", "true")
    button.textContent = data.sending || label
    const body = new FormData()
    body.set("variant_id", variant.value)
    body.set("quantity", quantity.value)
    body.set("locale", locale)
    fetch("/api/cart/line-items", { method: "POST", body, credentials: "same-origin", headers: { accept: "application/json" } })
      .then((response) => response.json())
      .then((answer: { status?: string; message?: string; cart?: { count: number; label: string } }) => {
        show(answer.status === "added" ? "added" : "error", answer.message || data.failed || "")
        if (answer.cart) showCount(answer.cart.count, answer.cart.label)
      })
      .catch(() => show("error", data.failed || ""))
      .finally(() => {
        button.disabled = false
        button.removeAttribute("aria-disabled")
        button.textContent = label
      })
  })
}
