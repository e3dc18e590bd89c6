import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

// Finds the request config at src/i18n/request.ts.
const withNextIntl = createNextIntlPlugin()

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Product images are SVG illustrations served by the backend; pages render them with
  // plain <img>, so no remote image optimisation is configured.
  images: { unoptimized: true },
  // Producers upload product photos through server actions. With JavaScript the browser
  // shrinks them first; without it a phone photo (up to 10 MB) must still fit.
  experimental: { serverActions: { bodySizeLimit: "11mb" } },
}

export default withNextIntl(nextConfig)
