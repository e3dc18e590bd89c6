/** The shop's mark: a conical hat (nón lá) over a woven band, in brick and honey. */
export function LogoMark({ size = 40 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <rect width="40" height="40" rx="10" fill="#8c3b1f" />
      <path d="M6 24 20 9l14 15Z" fill="#c8963a" />
      <path d="M11 24h18" stroke="#faf6ef" strokeWidth="1.5" />
      <path d="M9 29h22" stroke="#faf6ef" strokeWidth="2" strokeDasharray="3 2" />
    </svg>
  )
}
