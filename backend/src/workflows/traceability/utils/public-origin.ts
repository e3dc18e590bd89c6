/**
 * The public address printed in QR labels: the storefront's host, which serves the
 * resolver (/01/…, /t/…). Labels outlive deployments, so it must be the stable public one.
 */
export function publicOrigin(): string {
  const env = process.env
  return (env.STOREFRONT_URL || `http://localhost:${env.STOREFRONT_PORT || 8000}`).replace(/\/+$/, "")
}
