"use client"

import "leaflet/dist/leaflet.css"
import { useEffect, useRef } from "react"
import type { MapMarker } from "@/lib/util/village-view"
import styles from "./village-map.module.css"

/** Tuyên Quang (with the former Hà Giang), for a map with no markers to fit. */
const PROVINCE_CENTRE: [number, number] = [22.45, 105.1]
const OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'

/**
 * An OpenStreetMap map with a marker per village, loaded in the browser only (Leaflet
 * needs the DOM and the tiles need the network). The page around it lists every village,
 * so the map adds a picture of where they are and nothing more; without tiles the
 * markers still show on a blank ground.
 */
export function VillageMap({
  markers,
  label,
  linkLabel,
  zoom = 11,
  compact = false,
}: {
  markers: MapMarker[]
  label: string
  /** Text of the link in a marker's popup; without it markers only show their name (one village's own page). */
  linkLabel?: string
  /** Zoom for a single marker. */
  zoom?: number
  /** A smaller box, for one village's pin beside its facts. */
  compact?: boolean
}) {
  const container = useRef<HTMLDivElement>(null)
  const key = JSON.stringify(markers)

  useEffect(() => {
    let cancelled = false
    let map: import("leaflet").Map | undefined
    let resizeObserver: ResizeObserver | undefined

    import("leaflet").then((module) => {
      const L = (module as unknown as { default?: typeof import("leaflet") }).default ?? module
      const element = container.current
      if (cancelled || !element) return
      const leafletMap = L.map(element, {
        scrollWheelZoom: false,
        // On phones one finger scrolls the page; two fingers move and zoom the map.
        dragging: !L.Browser.mobile,
      })
      map = leafletMap
      L.tileLayer(OSM_TILES, { attribution: OSM_ATTRIBUTION, maxZoom: 18 }).addTo(leafletMap)

      const placed = JSON.parse(key) as MapMarker[]
      for (const marker of placed) {
        // A pin turned 45°: its tip is 11·√2 px below the centre of the 22 px box.
        const icon = L.divIcon({ className: styles.marker, iconSize: [22, 22], iconAnchor: [11, 27], popupAnchor: [0, -26] })
        L.marker([marker.lat, marker.lng], { icon, title: marker.name, alt: marker.name, keyboard: true })
          .bindPopup(popupContent(marker, linkLabel))
          .addTo(leafletMap)
      }

      const frame = () => {
        const first = placed[0]
        if (placed.length > 1) {
          leafletMap.fitBounds(L.latLngBounds(placed.map((m) => [m.lat, m.lng] as [number, number])), {
            padding: [32, 32],
            maxZoom: 11,
          })
        } else if (first) {
          leafletMap.setView([first.lat, first.lng], zoom)
        } else {
          leafletMap.setView(PROVINCE_CENTRE, 8)
        }
      }
      frame()
      // The box may get its final size after Leaflet measured it (styles still loading,
      // a rotated phone): measure again and frame the markers again, until the visitor moves the map.
      let moved = false
      const touched = () => {
        moved = true
      }
      for (const type of ["pointerdown", "keydown", "wheel"]) element.addEventListener(type, touched, { once: true })
      resizeObserver = new ResizeObserver(() => {
        leafletMap.invalidateSize()
        if (!moved) frame()
      })
      resizeObserver.observe(element)
    })

    return () => {
      cancelled = true
      resizeObserver?.disconnect()
      map?.remove()
    }
  }, [key, linkLabel, zoom])

  return <div ref={container} className={`${styles.map} ${compact ? styles.compact : ""}`} role="region" aria-label={label} />
}

/** Built with DOM text nodes, never HTML strings, so names cannot inject markup. */
function popupContent(marker: MapMarker, linkLabel: string | undefined): HTMLElement {
  const box = document.createElement("div")
  box.className = styles.popup ?? ""
  const name = document.createElement("strong")
  name.textContent = marker.name
  box.append(name)
  if (marker.caption) {
    const caption = document.createElement("span")
    caption.textContent = marker.caption
    box.append(caption)
  }
  if (linkLabel) {
    const link = document.createElement("a")
    link.href = marker.href
    link.textContent = `${linkLabel} →`
    box.append(link)
  }
  return box
}
