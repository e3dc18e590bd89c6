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
}

export default withNextIntl(nextConfig)
