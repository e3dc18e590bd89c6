import { areaMap } from "@/lib/certificates/view"
import styles from "./area-map.module.css"

const NORTH_MARGIN = 22

/**
 * A mark's area drawn as an inline SVG from its GeoJSON: no map tiles and no script, so
 * it shows offline and on a weak connection. Each commune's shape is named (its <title>).
 * Nothing when the GeoJSON has nothing to draw.
 */
export function AreaMap({ geojson, label, note, approximateNote }: { geojson: unknown; label: string; note: string; approximateNote: string }) {
  const map = areaMap(geojson)
  if (!map) return null
  // A margin on the right for the north arrow, clear of the area.
  const width = map.width + NORTH_MARGIN
  return (
    <figure className={styles.figure}>
      <svg
        className={styles.map}
        viewBox={`0 0 ${width} ${map.height}`}
        width={width}
        height={map.height}
        role="img"
        aria-label={label}
        preserveAspectRatio="xMidYMid meet"
      >
        <title>{label}</title>
        {map.shapes.map((shape, index) => (
          <path key={index} d={shape.d} className={shape.filled ? styles.area : styles.line} fillRule="evenodd">
            {shape.name && <title>{shape.name}</title>}
          </path>
        ))}
        {map.points.map((point, index) => (
          <circle key={`p${index}`} cx={point.x} cy={point.y} r={6} className={styles.point}>
            {point.name && <title>{point.name}</title>}
          </circle>
        ))}
        {/* North is up: a small arrow says so. */}
        <g className={styles.north} transform={`translate(${map.width + 2} 12)`} aria-hidden="true">
          <path d="M8 0 L14 16 L8 12 L2 16 Z" />
          <text x="8" y="28" textAnchor="middle">
            N
          </text>
        </g>
      </svg>
      <figcaption className={styles.caption}>{map.approximate ? `${approximateNote} ${note}` : note}</figcaption>
    </figure>
  )
}
