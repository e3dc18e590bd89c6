import type { Metadata } from "next"
import "@/styles/globals.css"

export const metadata: Metadata = {
  title: "Không tìm thấy trang · Page not found — Chợ Làng Nghề",
}

/**
 * 404 for URLs outside /vi and /en (the proxy sends every other page path to a locale,
 * so this mostly answers paths that look like files). There is no locale here, so it
 * speaks both languages.
 */
export default function RootNotFound() {
  return (
    <html lang="vi">
      <body>
        <main id="main" className="container" style={{ paddingBlock: "64px", textAlign: "center" }}>
          <p style={{ fontSize: "4rem", fontWeight: 700, color: "#a87520", margin: 0 }} aria-hidden="true">
            404
          </p>
          <h1>Không tìm thấy trang</h1>
          <p className="muted">Trang bạn tìm không tồn tại.</p>
          <p>
            <a className="button" href="/vi">
              Về trang chủ
            </a>
          </p>
          <h2 lang="en" style={{ marginTop: "40px" }}>
            Page not found
          </h2>
          <p lang="en" className="muted">
            The page you are looking for does not exist.
          </p>
          <p lang="en">
            <a className="button button-secondary" href="/en" hrefLang="en">
              Go to the home page
            </a>
          </p>
        </main>
      </body>
    </html>
  )
}
