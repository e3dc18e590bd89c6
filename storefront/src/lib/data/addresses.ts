import "server-only"
import { listCommunes, listProvinces, placeName } from "@cln/domain/addresses"

/**
 * The province and commune pickers' options, made on the server: the 3,321 communes never
 * reach a browser bundle; a page or /api/communes sends only one province's.
 */

export type PlaceOption = { value: string; label: string }

export function provinceOptions(): PlaceOption[] {
  return listProvinces().map((province) => ({ value: province.code, label: province.short_name }))
}

/** A province's communes, labelled with their kind ("Hồng Thái (xã)") so that two with the same name differ. */
export function communeOptions(provinceCode: string): PlaceOption[] {
  return listCommunes(provinceCode).map((commune) => {
    const place = placeName(commune.name)
    const kind = commune.name.slice(0, commune.name.length - place.length).trim().toLowerCase()
    return { value: commune.code, label: kind ? `${place} (${kind})` : place }
  })
}
