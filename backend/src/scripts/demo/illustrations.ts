/**
 * Flat SVG illustrations used as stand-ins for product and village photos in
 * the demo catalogue. Pure functions, no I/O: every call returns a complete,
 * self-contained SVG document (viewBox 0 0 800 800, no external fonts,
 * images or links).
 *
 * Palettes: 0 earthy indigo, 1 tea green, 2 terracotta, 3 honey gold, 4 forest.
 * Two motifs also let the palette pick the subject, so a product can match it:
 * "fruit": 0 and 2 king orange, 1 and 4 pomelo, 3 persimmon;
 * "food": 0 and 3 arrowroot noodles, 1, 2 and 4 ramie-leaf cakes.
 */
import type { CraftKey } from "./data"

export type Palette = {
  /** background (centre) */ bg: string
  /** background (edges) */ bg2: string
  /** primary */ p: string
  /** secondary */ s: string
  /** accent */ a: string
  /** dark */ d: string
  /** light */ l: string
}

const INDIGO: Palette = { bg: "#EFEAE0", bg2: "#D6CDBA", p: "#2E3A6B", s: "#6474A8", a: "#C2553A", d: "#1C2340", l: "#F8F5EE" }

export const PALETTES: readonly Palette[] = [
  INDIGO,
  { bg: "#EDF3E4", bg2: "#C9DAB8", p: "#3F7A3A", s: "#86B360", a: "#D8A43B", d: "#23461F", l: "#F7FAF1" },
  { bg: "#F6E9DC", bg2: "#E3C3A6", p: "#B5532E", s: "#DA8A55", a: "#2F5D62", d: "#5E2A17", l: "#FCF5EE" },
  { bg: "#FAF1D8", bg2: "#EDD59A", p: "#C98A12", s: "#E9B43A", a: "#7A3E1F", d: "#4A2C12", l: "#FFFAEA" },
  { bg: "#E4ECE6", bg2: "#B9CDBF", p: "#2F5E4B", s: "#5E8C6A", a: "#C9783A", d: "#1B3429", l: "#F3F7F3" },
]

const MOTIF_NAMES: Record<CraftKey, string> = {
  tea: "Tea",
  brocade: "Brocade",
  hemp_linen: "Hemp linen",
  bamboo_rattan: "Bamboo and rattan",
  food: "Food",
  honey: "Honey",
  fruit: "Fruit",
  liquor: "Corn liquor",
}

function pick(palette: number): [Palette, number] {
  const n = PALETTES.length
  const i = Number.isFinite(palette) ? ((Math.trunc(palette) % n) + n) % n : 0
  return [PALETTES[i] ?? INDIGO, i]
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")
}

const r1 = (n: number): string => String(Math.round(n * 10) / 10)

/** Pointed leaf with midrib; base at (x, y), pointing up before rotation. */
function leaf(x: number, y: number, len: number, w: number, rot: number, fill: string, vein: string): string {
  return `<g transform="translate(${x} ${y}) rotate(${rot})"><path d="M0 0C${w} ${-len * 0.25} ${w * 0.8} ${-len * 0.75} 0 ${-len}C${-w * 0.8} ${-len * 0.75} ${-w} ${-len * 0.25} 0 0Z" fill="${fill}"/><path d="M0 -4V${-len * 0.92}" stroke="${vein}" stroke-width="3" opacity=".55"/></g>`
}

/** Pointy-top hexagon path centred at (cx, cy). */
function hex(cx: number, cy: number, r: number): string {
  const h = r * 0.866
  return `M${r1(cx)} ${r1(cy - r)}L${r1(cx + h)} ${r1(cy - r / 2)}V${r1(cy + r / 2)}L${r1(cx)} ${r1(cy + r)}L${r1(cx - h)} ${r1(cy + r / 2)}V${r1(cy - r / 2)}Z`
}

function frame(id: string, c: Palette, title: string, body: string, defs: string, label?: string): string {
  let tag = ""
  if (label && label.trim()) {
    const raw = label.trim()
    const text = raw.length > 42 ? `${raw.slice(0, 41)}…` : raw
    const w = Math.min(736, Math.round(text.length * 14.5 + 52))
    tag = `<rect x="32" y="712" width="${w}" height="52" rx="26" fill="#fff" opacity=".88"/><text x="58" y="746" font-family="system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif" font-size="26" font-weight="600" fill="${c.d}">${esc(text)}</text>`
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 800" width="800" height="800" role="img" aria-label="${esc(label?.trim() || title)}">` +
    `<defs><radialGradient id="${id}-bg" cx="50%" cy="38%" r="78%"><stop offset="0" stop-color="${c.l}"/><stop offset=".55" stop-color="${c.bg}"/><stop offset="1" stop-color="${c.bg2}"/></radialGradient>${defs}</defs>` +
    `<rect width="800" height="800" fill="url(#${id}-bg)"/>${body}${tag}</svg>`
  )
}

/** Soft table surface and contact shadow. */
function table(c: Palette, y = 590): string {
  return `<path d="M0 ${y}H800V800H0Z" fill="${c.bg2}" opacity=".55"/><path d="M0 ${y}H800" stroke="${c.l}" stroke-width="3" opacity=".7"/>`
}

function shadow(cx: number, cy: number, rx: number, ry: number, c: Palette): string {
  return `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="${c.d}" opacity=".16"/>`
}

// --- motifs -----------------------------------------------------------------

function tea(id: string, c: Palette): [string, string] {
  const hill = "M0 430Q190 300 420 380T800 350V800H0Z"
  let rows = ""
  for (let i = 0; i < 8; i++) {
    const o = i * 30
    rows += `<path d="M-20 ${418 + o}Q190 ${300 + o} 420 ${376 + o}T820 ${346 + o}"/>`
  }
  const defs = `<clipPath id="${id}-h"><path d="${hill}"/></clipPath><linearGradient id="${id}-t" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#E4CF72"/><stop offset="1" stop-color="#B99A3A"/></linearGradient>`
  const body =
    `<circle cx="610" cy="190" r="70" fill="${c.a}" opacity=".25"/>` +
    `<path d="M0 330Q150 220 320 290T620 250T800 290V800H0Z" fill="${c.s}" opacity=".35"/>` +
    `<path d="${hill}" fill="${c.s}" opacity=".8"/>` +
    `<g clip-path="url(#${id}-h)" fill="none" stroke="${c.p}" stroke-width="11" stroke-linecap="round" opacity=".55">${rows}</g>` +
    table(c) +
    shadow(390, 712, 215, 24, c) +
    `<path d="M215 566Q222 706 390 712Q558 706 565 566Z" fill="#FBFAF5"/><path d="M222 612Q390 650 558 612" stroke="${c.p}" stroke-width="12" fill="none" opacity=".8"/>` +
    `<ellipse cx="390" cy="566" rx="175" ry="30" fill="#FBFAF5"/><ellipse cx="390" cy="568" rx="156" ry="22" fill="url(#${id}-t)"/>` +
    `<g fill="none" stroke="#fff" stroke-width="9" stroke-linecap="round" opacity=".7"><path d="M340 520q-24-40 0-80t0-80"/><path d="M420 510q-24-36 0-72t0-64"/></g>` +
    `<path d="M700 735Q650 640 604 520" stroke="#4A3A22" stroke-width="7" fill="none" stroke-linecap="round"/>` +
    leaf(668, 668, 150, 52, 58, "#3E7433", "#1F3F1A") +
    leaf(640, 610, 135, 48, -62, "#4C8A3C", "#1F3F1A") +
    leaf(622, 566, 110, 40, 30, "#68A24C", "#2A5222") +
    leaf(606, 528, 78, 20, -6, "#B9D38C", "#5E8C3A")
  return [body, defs]
}

function brocade(id: string, c: Palette): [string, string] {
  const x0 = 150
  const defs =
    `<pattern id="${id}-d" width="60" height="60" patternUnits="userSpaceOnUse" x="${x0}" y="0"><path d="M30 3L57 30L30 57L3 30Z" fill="${c.a}"/><path d="M30 15L45 30L30 45L15 30Z" fill="${c.l}"/><path d="M30 24L36 30L30 36L24 30Z" fill="${c.p}"/></pattern>` +
    `<pattern id="${id}-s" width="80" height="80" patternUnits="userSpaceOnUse" x="${x0}" y="370"><rect x="24" y="24" width="32" height="32" fill="${c.s}"/><rect x="24" y="24" width="32" height="32" fill="${c.s}" transform="rotate(45 40 40)"/><circle cx="40" cy="40" r="8" fill="${c.a}"/><path d="M0 0L8 8M80 0L72 8M0 80L8 72M80 80L72 72" stroke="${c.l}" stroke-width="4"/></pattern>` +
    `<pattern id="${id}-z" width="40" height="30" patternUnits="userSpaceOnUse" x="${x0}"><path d="M0 30L20 4L40 30Z" fill="${c.s}"/></pattern>` +
    `<linearGradient id="${id}-f" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset=".7" stop-color="#000" stop-opacity=".04"/><stop offset="1" stop-color="#000" stop-opacity=".22"/></linearGradient>`
  const w = 500
  const band = (y: number, h: number, fill: string): string => `<rect x="${x0}" y="${y}" width="${w}" height="${h}" fill="${fill}"/>`
  let fringe = ""
  for (let x = x0 + 10; x < x0 + w; x += 16) fringe += `M${x} 700V${742 + ((x / 16) % 3) * 6}`
  const body =
    shadow(400, 752, 270, 22, c) +
    `<g transform="rotate(-3 400 400)">` +
    `<rect x="${x0 + 14}" y="100" width="${w}" height="610" fill="${c.d}" opacity=".25"/>` +
    band(86, 614, c.d) +
    band(106, 14, c.a) +
    band(130, 30, `url(#${id}-z)`) +
    band(172, 120, `url(#${id}-d)`) +
    band(304, 10, c.l) +
    band(326, 8, c.a) +
    band(370, 160, `url(#${id}-s)`) +
    band(546, 8, c.a) +
    band(566, 120, `url(#${id}-d)`) +
    `<path d="${fringe}" stroke="${c.a}" stroke-width="6" stroke-linecap="round"/>` +
    band(86, 614, `url(#${id}-f)`) +
    `</g>`
  return [body, defs]
}

function hempLinen(id: string, c: Palette): [string, string] {
  const ind = "#27335E"
  const ink = "#DCE4F2"
  const defs =
    `<pattern id="${id}-b" width="110" height="110" patternUnits="userSpaceOnUse" x="160" y="170"><g fill="none" stroke="${ink}" stroke-width="5" stroke-linecap="round"><path d="M32 32a5 5 0 0 1 10 0a10 10 0 0 1-20 0a15 15 0 0 1 30 0a20 20 0 0 1-40 0"/><path d="M88 70v34M71 87h34"/></g><g fill="${ink}"><rect x="80" y="79" width="16" height="16" transform="rotate(45 88 87)"/><circle cx="88" cy="20" r="4"/><circle cx="12" cy="88" r="4"/></g></pattern>` +
    `<linearGradient id="${id}-f" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#000" stop-opacity=".22"/><stop offset=".18" stop-color="#fff" stop-opacity=".06"/><stop offset=".4" stop-color="#000" stop-opacity=".18"/><stop offset=".62" stop-color="#fff" stop-opacity=".07"/><stop offset=".85" stop-color="#000" stop-opacity=".2"/><stop offset="1" stop-color="#000" stop-opacity=".05"/></linearGradient>` +
    `<pattern id="${id}-z" width="36" height="36" patternUnits="userSpaceOnUse" x="160"><path d="M0 28L18 8L36 28" fill="none" stroke="${ind}" stroke-width="6"/></pattern>`
  const cloth = "M160 170H640V640Q600 662 560 642T480 650T400 640T320 652T240 640T160 652Z"
  let nodes = ""
  for (const x of [210, 400, 590]) nodes += `<rect x="${x}" y="140" width="8" height="44" rx="3" fill="#9C7A3C"/>`
  const body =
    shadow(400, 720, 250, 18, c) +
    `<path d="${cloth}" fill="${ind}"/><path d="${cloth}" fill="url(#${id}-b)"/>` +
    `<rect x="160" y="540" width="480" height="60" fill="#DCD0B6"/><rect x="160" y="548" width="480" height="44" fill="url(#${id}-z)"/>` +
    `<rect x="160" y="530" width="480" height="10" fill="${c.a}"/><rect x="160" y="600" width="480" height="10" fill="${c.a}"/>` +
    `<path d="${cloth}" fill="url(#${id}-f)"/>` +
    `<rect x="90" y="150" width="620" height="24" rx="12" fill="#C9A45E"/>${nodes}` +
    `<g transform="translate(640 690)"><circle r="48" fill="#DCD0B6"/><path d="M-44-14Q0 10 44-14M-46 6Q0 30 46 6M-36 28Q0 44 36 28M-30-34Q0-14 30-34" stroke="#B8A57E" stroke-width="5" fill="none"/></g>`
  return [body, defs]
}

function bamboo(id: string, c: Palette): [string, string] {
  const defs =
    `<pattern id="${id}-w" width="28" height="28" patternUnits="userSpaceOnUse"><rect width="28" height="28" fill="#B88E4A"/><rect x="1" y="1" width="12" height="12" fill="#E1C07E"/><rect x="15" y="15" width="12" height="12" fill="#E1C07E"/><rect x="15" y="1" width="12" height="12" fill="#CFA762"/><rect x="1" y="15" width="12" height="12" fill="#CFA762"/></pattern>` +
    `<linearGradient id="${id}-h" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#D9C48E"/><stop offset=".45" stop-color="#F3E7C3"/><stop offset="1" stop-color="#C8AE70"/></linearGradient>`
  // Conical hat: apex and base ellipse
  const ax = 470, ay = 250, bx = 470, by = 560, rx = 250, ry = 62
  let rings = ""
  for (const t of [0.22, 0.4, 0.56, 0.7, 0.82, 0.92]) {
    const y = ay + (by - ay) * t
    rings += `M${r1(bx - rx * t)} ${r1(y)}A${r1(rx * t)} ${r1(ry * t)} 0 0 0 ${r1(bx + rx * t)} ${r1(y)}`
  }
  let ribs = ""
  for (const k of [-0.8, -0.5, -0.2, 0.1, 0.4, 0.7]) {
    const ex = bx + rx * k
    const ey = by + ry * Math.sqrt(1 - k * k)
    ribs += `M${ax} ${ay}L${r1(ex)} ${r1(ey)}`
  }
  const body =
    table(c, 560) +
    shadow(230, 668, 130, 18, c) +
    `<path d="M140 380Q230 250 320 380" fill="none" stroke="#A8803E" stroke-width="16" stroke-linecap="round"/>` +
    `<path d="M118 400H342L316 660H144Z" fill="url(#${id}-w)"/><path d="M118 400H342L316 660H144Z" fill="#000" opacity=".08"/>` +
    `<rect x="106" y="384" width="248" height="30" rx="15" fill="${c.p}"/><rect x="138" y="646" width="184" height="22" rx="10" fill="#8E6A32"/>` +
    shadow(480, 650, 270, 30, c) +
    `<g transform="rotate(-7 470 560)">` +
    `<ellipse cx="${bx}" cy="${by}" rx="${rx}" ry="${ry}" fill="#BFA164"/>` +
    `<path d="M${ax} ${ay}L${bx - rx} ${by}A${rx} ${ry} 0 0 0 ${bx + rx} ${by}Z" fill="url(#${id}-h)"/>` +
    `<path d="${rings}" fill="none" stroke="#A88A4E" stroke-width="2.5" opacity=".7"/>` +
    `<path d="${ribs}" stroke="#B79A5C" stroke-width="2" opacity=".5"/>` +
    `<path d="M${bx - rx} ${by}A${rx} ${ry} 0 0 0 ${bx + rx} ${by}" fill="none" stroke="#8F713A" stroke-width="6"/>` +
    `<path d="M360 600Q470 700 590 610" fill="none" stroke="${c.a}" stroke-width="7" stroke-linecap="round"/>` +
    `</g>`
  return [body, defs]
}

function noodles(id: string, c: Palette): [string, string] {
  let waves = ""
  for (let k = -26; k <= 26; k += 8) waves += `M-140 ${k}q20-7 40 0t40 0t40 0t40 0t40 0t40 0t40 0`
  const defs = `<g id="${id}-n"><rect x="-150" y="-38" width="300" height="76" rx="36" fill="#B48C5E"/><path d="${waves}" stroke="#E6D3AC" stroke-width="3" fill="none" opacity=".85"/><rect x="-12" y="-44" width="24" height="88" rx="8" fill="${c.a}"/></g>`
  let soup = ""
  for (let k = 0; k < 5; k++) soup += `M${300 + k * 8} ${548 + k * 5}q22-12 44 0t44 0t44 0t44 0`
  const body =
    table(c, 420) +
    `<g transform="translate(-34 -66) scale(1.08)">` +
    shadow(430, 548, 300, 26, c) +
    `<ellipse cx="430" cy="480" rx="300" ry="80" fill="#C9A15E"/><ellipse cx="430" cy="474" rx="282" ry="70" fill="#DDBE7E"/><ellipse cx="430" cy="474" rx="220" ry="52" fill="none" stroke="#C9A15E" stroke-width="4"/><ellipse cx="430" cy="474" rx="150" ry="34" fill="none" stroke="#C9A15E" stroke-width="4"/>` +
    `<use href="#${id}-n" transform="translate(320 440) rotate(-6)"/><use href="#${id}-n" transform="translate(540 430) rotate(8)"/>` +
    shadow(420, 712, 170, 18, c) +
    `<path d="M250 570Q256 706 420 710Q584 706 590 570Z" fill="${c.l}"/><path d="M258 612Q420 650 582 612" stroke="${c.p}" stroke-width="12" fill="none" opacity=".85"/>` +
    `<ellipse cx="420" cy="570" rx="170" ry="32" fill="#FBFAF5"/><ellipse cx="420" cy="572" rx="152" ry="22" fill="#D9A65A"/>` +
    `<path d="${soup}" stroke="#F3E4C4" stroke-width="5" fill="none"/>` +
    `<g fill="#5E9B3A"><circle cx="360" cy="566" r="8"/><circle cx="450" cy="560" r="7"/><circle cx="490" cy="578" r="8"/><circle cx="396" cy="582" r="6"/></g><g fill="${c.a}"><circle cx="420" cy="566" r="6"/><circle cx="470" cy="570" r="5"/></g>` +
    `<path d="M500 556L700 440M520 566L716 462" stroke="#6B4526" stroke-width="9" stroke-linecap="round"/></g>`
  return [body, defs]
}

function food(id: string, c: Palette): [string, string] {
  const defs = `<pattern id="${id}-l" width="14" height="200" patternUnits="userSpaceOnUse"><rect width="14" height="200" fill="#C9A468"/><path d="M3 0V200" stroke="#A9844A" stroke-width="2"/><path d="M10 0V200" stroke="#DBBC82" stroke-width="2"/></pattern>`
  const cake = (x: number, y: number, s: number, rot: number): string =>
    `<g transform="translate(${x} ${y}) rotate(${rot})"><rect x="${-s / 2 + 8}" y="${-s / 2 + 12}" width="${s}" height="${s}" rx="14" fill="#000" opacity=".18"/><rect x="${-s / 2}" y="${-s / 2}" width="${s}" height="${s}" rx="14" fill="url(#${id}-l)"/><path d="M0 ${-s / 2}V${s / 2}M${-s / 2} 0H${s / 2}" stroke="#F1E6CC" stroke-width="7"/><circle r="9" fill="#F1E6CC"/></g>`
  let noodles = ""
  for (let i = 0; i < 6; i++) noodles += `M${572 + i * 6} ${426 + i * 2}q20-16 40 0t40 0t40 0`
  const body =
    table(c, 455) +
    `<g transform="translate(-40 -90) scale(1.1)">` +
    shadow(650, 512, 110, 12, c) +
    `<path d="M540 430Q540 508 650 512Q760 508 760 430Z" fill="${c.l}"/><ellipse cx="650" cy="430" rx="112" ry="22" fill="${c.p}"/><ellipse cx="650" cy="428" rx="100" ry="16" fill="#C9A77A"/><path d="${noodles}" fill="none" stroke="#EEDDBC" stroke-width="4"/>` +
    `<path d="M70 660Q120 500 400 480Q690 470 740 620Q620 740 380 736Q150 736 70 660Z" fill="#5E8C3A"/><path d="M90 650Q400 580 720 620" stroke="#86B35A" stroke-width="6" fill="none"/>` +
    cake(270, 470, 190, -8) +
    cake(490, 520, 190, 7) +
    `<g transform="translate(300 636) rotate(-4)"><rect x="-118" y="-66" width="236" height="132" rx="16" fill="#000" opacity=".15" transform="translate(6 10)"/><rect x="-118" y="-66" width="236" height="132" rx="16" fill="url(#${id}-l)"/><rect x="-104" y="-52" width="208" height="104" rx="10" fill="#1F1B18"/><path d="M-90 -36Q-60 -46 -20 -40" stroke="#4A4440" stroke-width="6" fill="none" stroke-linecap="round"/><ellipse cx="0" cy="8" rx="58" ry="28" fill="#E3B43C"/><g fill="#F6EEDA"><circle cx="-20" cy="4" r="5"/><circle cx="16" cy="14" r="4"/><circle cx="30" cy="-2" r="3"/><circle cx="-34" cy="18" r="3"/></g></g></g>`
  return [body, defs]
}

function honey(id: string, c: Palette): [string, string] {
  const r = 26
  const pw = r * 1.732
  const defs =
    `<pattern id="${id}-c" width="${r1(pw)}" height="${r * 3}" patternUnits="userSpaceOnUse"><path d="${hex(pw / 2, r, r - 2)}${hex(0, r * 2.5, r - 2)}${hex(pw, r * 2.5, r - 2)}${hex(0, -r / 2, r - 2)}${hex(pw, -r / 2, r - 2)}" fill="${c.s}" stroke="${c.p}" stroke-width="3"/></pattern>` +
    `<linearGradient id="${id}-h" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#F2B83A"/><stop offset="1" stop-color="#B8680A"/></linearGradient>` +
    `<pattern id="${id}-k" width="${r1(pw)}" height="${r * 3}" patternUnits="userSpaceOnUse"><rect width="60" height="90" fill="#B87410"/><path d="${hex(pw / 2, r, r - 3)}${hex(0, r * 2.5, r - 3)}${hex(pw, r * 2.5, r - 3)}${hex(0, -r / 2, r - 3)}${hex(pw, -r / 2, r - 3)}" fill="#EBA72A"/></pattern>`
  let mint = ""
  const stems: [number, number, number][] = [[150, 250, -8], [210, 300, 4], [100, 330, -14]]
  for (const [x, top, rot] of stems) {
    let buds = ""
    for (let k = 0; k < 7; k++) buds += `<circle cx="${k % 2 ? 7 : -7}" cy="${-k * 15}" r="${10 - k * 0.8}"/>`
    mint += `<g transform="rotate(${rot} ${x} 640)"><path d="M${x} 640V${top}" stroke="#5B7F3A" stroke-width="6"/>${leaf(x, top + 170, 70, 24, -58, "#6E9A45", "#3F5E27")}${leaf(x, top + 150, 64, 22, 56, "#6E9A45", "#3F5E27")}<g transform="translate(${x} ${top})" fill="#9C6BC0">${buds}</g><g transform="translate(${x} ${top})" fill="#C9A6E0"><circle cx="-3" cy="-20" r="4"/><circle cx="4" cy="-60" r="4"/></g></g>`
  }
  const body =
    `<rect x="0" y="0" width="800" height="520" fill="url(#${id}-c)" opacity=".22"/>` +
    table(c, 540) +
    mint +
    shadow(440, 700, 170, 22, c) +
    `<rect x="300" y="300" width="280" height="400" rx="56" fill="url(#${id}-h)"/>` +
    `<rect x="300" y="300" width="280" height="400" rx="56" fill="none" stroke="#fff" stroke-opacity=".5" stroke-width="6"/>` +
    `<rect x="326" y="340" width="26" height="300" rx="13" fill="#fff" opacity=".35"/>` +
    `<rect x="300" y="430" width="280" height="140" fill="${c.l}"/><path d="${hex(440, 500, 44)}" fill="none" stroke="${c.p}" stroke-width="8"/><circle cx="440" cy="500" r="14" fill="${c.a}"/>` +
    `<rect x="318" y="250" width="244" height="66" rx="14" fill="${c.a}"/><path d="M318 300Q440 330 562 300" stroke="${c.d}" stroke-width="6" fill="none"/>` +
    `<path d="M300 262Q440 220 580 262L560 300H320Z" fill="${c.a}" opacity=".85"/>` +
    shadow(640, 724, 120, 14, c) +
    `<g transform="rotate(-6 640 660)"><rect x="530" y="610" width="220" height="110" rx="14" fill="url(#${id}-k)"/><rect x="530" y="610" width="220" height="110" rx="14" fill="none" stroke="#8E5A0C" stroke-width="6"/><path d="M586 720q0 30 8 40q8-10 8-40Z" fill="#D48E16"/></g>`
  return [body, defs]
}

function fruit(id: string, c: Palette, idx: number): [string, string] {
  const kind = (["orange", "pomelo", "orange", "persimmon", "pomelo"] as const)[idx] ?? "orange"
  const g1 = kind === "orange" ? "#E3B23C" : kind === "pomelo" ? "#DCE27A" : "#F28A2E"
  const g2 = kind === "orange" ? "#6E8B2A" : kind === "pomelo" ? "#A6BC42" : "#C9471A"
  const defs =
    `<radialGradient id="${id}-g" cx="35%" cy="30%" r="75%"><stop offset="0" stop-color="${g1}"/><stop offset="1" stop-color="${g2}"/></radialGradient>` +
    `<pattern id="${id}-p" width="22" height="22" patternUnits="userSpaceOnUse"><circle cx="5" cy="6" r="2.4" fill="#fff" opacity=".2"/><circle cx="16" cy="15" r="2.4" fill="#000" opacity=".12"/></pattern>`
  const whole = (x: number, y: number, rx: number, ry: number): string =>
    shadow(x + 10, y + ry - 6, rx * 0.9, 18, c) +
    `<ellipse cx="${x}" cy="${y}" rx="${rx}" ry="${ry}" fill="url(#${id}-g)"/><ellipse cx="${x}" cy="${y}" rx="${rx}" ry="${ry}" fill="url(#${id}-p)"/><ellipse cx="${x - rx * 0.38}" cy="${y - ry * 0.45}" rx="${rx * 0.22}" ry="${ry * 0.12}" fill="#fff" opacity=".35" transform="rotate(-30 ${x - rx * 0.38} ${y - ry * 0.45})"/>`
  const half = (x: number, y: number, r: number, rind: string, pith: string, flesh: string, inner = 0.8): string => {
    let seg = ""
    for (let k = 0; k < 10; k++) {
      const a = (k * Math.PI) / 5
      seg += `M${x} ${y}L${r1(x + Math.cos(a) * r * inner)} ${r1(y + Math.sin(a) * r * inner)}`
    }
    return (
      shadow(x + 8, y + r - 4, r * 0.95, 16, c) +
      `<circle cx="${x}" cy="${y}" r="${r}" fill="${rind}"/><circle cx="${x}" cy="${y}" r="${r * 0.92}" fill="${pith}"/><circle cx="${x}" cy="${y}" r="${r * inner}" fill="${flesh}"/>` +
      `<path d="${seg}" stroke="${pith}" stroke-width="4" opacity=".9"/><circle cx="${x}" cy="${y}" r="${r * 0.08}" fill="${pith}"/>`
    )
  }
  const leaves = (x: number, y: number): string =>
    leaf(x + 4, y + 2, 150, 46, 72, "#4F7F35", "#2E4F1F") + leaf(x - 4, y + 4, 120, 38, -64, "#6B9A45", "#2E4F1F")
  const star = (x: number, y: number): string =>
    `<path d="M${x} ${y - 14}L${x + 5} ${y - 4}L${x + 15} ${y - 4}L${x + 7} ${y + 3}L${x + 10} ${y + 13}L${x} ${y + 7}L${x - 10} ${y + 13}L${x - 7} ${y + 3}L${x - 15} ${y - 4}L${x - 5} ${y - 4}Z" fill="#4E5E24"/>`
  let items = ""
  if (kind === "orange") {
    items =
      whole(520, 420, 120, 112) + star(520, 312) +
      whole(310, 490, 160, 150) + leaves(310, 346) + star(310, 346) +
      half(575, 610, 112, "#8FA53A", "#F2D9A0", "#F2921E")
  } else if (kind === "pomelo") {
    const body = "M330 250C400 250 420 290 450 310C540 360 545 560 470 615C420 652 240 652 190 615C115 560 120 360 210 310C240 290 260 250 330 250Z"
    items =
      shadow(330, 640, 190, 20, c) +
      `<path d="${body}" fill="url(#${id}-g)"/><path d="${body}" fill="url(#${id}-p)"/><ellipse cx="240" cy="400" rx="26" ry="60" fill="#fff" opacity=".25" transform="rotate(24 240 400)"/>` +
      leaves(330, 254) + star(330, 254) +
      half(590, 615, 118, "#B9C84E", "#F7F0DC", "#F4DDB0", 0.68)
  } else {
    const calyx = (x: number, y: number): string =>
      `<g transform="translate(${x} ${y})" fill="#6E7A34"><ellipse rx="16" ry="42" transform="rotate(40) translate(0 -26)"/><ellipse rx="16" ry="42" transform="rotate(130) translate(0 -26)"/><ellipse rx="16" ry="42" transform="rotate(220) translate(0 -26)"/><ellipse rx="16" ry="42" transform="rotate(310) translate(0 -26)"/><rect x="-6" y="-26" width="12" height="22" rx="4" fill="#4E3A1E"/></g>`
    items =
      `<path d="M470 380Q500 320 560 290" stroke="#5A3E22" stroke-width="8" fill="none" stroke-linecap="round"/>` +
      leaf(510, 330, 150, 48, 64, "#4F7F35", "#2E4F1F") +
      leaf(540, 302, 130, 42, -20, "#6B9A45", "#2E4F1F") +
      whole(540, 430, 120, 98) + calyx(540, 342) +
      whole(300, 540, 150, 124) + calyx(300, 428) +
      whole(560, 620, 110, 90) + calyx(560, 540)
  }
  return [table(c, 600) + items, defs]
}

function liquor(id: string, c: Palette): [string, string] {
  const defs =
    `<linearGradient id="${id}-j" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#6E3A20"/><stop offset=".4" stop-color="#A8663C"/><stop offset="1" stop-color="#5A2E18"/></linearGradient>` +
    `<pattern id="${id}-k" width="18" height="16" patternUnits="userSpaceOnUse"><rect width="18" height="16" fill="#D39A1C"/><rect x="1" y="1" width="16" height="14" rx="6" fill="#F4C842"/></pattern>`
  const cob = (x: number, y: number, rot: number): string =>
    `<g transform="translate(${x} ${y}) rotate(${rot})"><path d="M0 -10Q-80 -70 -160 -50Q-90 -20 0 20Z" fill="#E6D6A2"/><path d="M0 24Q-70 70 -150 60Q-80 30 0 0Z" fill="#C9BD7C"/><path d="M0 6Q-60 10 -120 6" stroke="#B5A766" stroke-width="3" fill="none"/><rect x="-20" y="-34" width="230" height="80" rx="40" fill="url(#${id}-k)"/><rect x="-20" y="-34" width="230" height="80" rx="40" fill="none" stroke="#C48A14" stroke-width="3"/><ellipse cx="60" cy="-16" rx="70" ry="8" fill="#fff" opacity=".25"/></g>`
  const body =
    table(c, 560) +
    shadow(330, 700, 190, 24, c) +
    `<path d="M250 250H410V285C530 320 540 470 500 580C470 660 420 700 330 700C240 700 190 660 160 580C120 470 130 320 250 285Z" fill="url(#${id}-j)"/>` +
    `<path d="M168 430Q330 470 492 430" stroke="#E2B07A" stroke-width="6" fill="none" opacity=".5"/><path d="M180 520Q330 556 480 520" stroke="#3E1E0E" stroke-width="5" fill="none" opacity=".35"/>` +
    `<path d="M214 340Q200 420 214 520" stroke="#fff" stroke-width="14" fill="none" opacity=".18" stroke-linecap="round"/>` +
    `<path d="M262 220H398V292H262Z" fill="#5E3018"/><rect x="242" y="272" width="176" height="26" rx="12" fill="#7A4326"/>` +
    `<path d="M236 226Q330 120 424 226Q400 250 330 248Q260 250 236 226Z" fill="#6E9A45"/><path d="M252 222Q330 150 408 222" stroke="#4F7A30" stroke-width="4" fill="none"/>` +
    `<path d="M238 226Q330 262 422 226" stroke="${c.a}" stroke-width="9" fill="none" stroke-linecap="round"/><path d="M420 228l22 34M420 228l30 22" stroke="${c.a}" stroke-width="6" stroke-linecap="round"/>` +
    shadow(590, 636, 70, 10, c) +
    `<path d="M548 520H632L624 632H556Z" fill="#D4B06A"/><path d="M552 570H628" stroke="#A8843E" stroke-width="5"/><ellipse cx="590" cy="520" rx="42" ry="10" fill="#EFE3C4"/>` +
    cob(500, 700, -6) +
    `<g fill="#EFE8D8"><circle cx="690" cy="600" r="16"/><circle cx="724" cy="612" r="14"/><circle cx="704" cy="630" r="13"/></g>`
  return [body, defs]
}

/**
 * Square flat illustration for a product card.
 * @param motif craft motif
 * @param palette palette index (0..4; other numbers wrap round)
 * @param label optional short caption drawn in a pill at the bottom
 */
export function renderIllustration(motif: CraftKey, palette: number, label?: string): string {
  const [c, i] = pick(palette)
  const id = `cln-${motif.replace("_", "")}-${i}`
  let part: [string, string]
  switch (motif) {
    case "tea": part = tea(id, c); break
    case "brocade": part = brocade(id, c); break
    case "hemp_linen": part = hempLinen(id, c); break
    case "bamboo_rattan": part = bamboo(id, c); break
    case "food": part = i === 0 || i === 3 ? noodles(id, c) : food(id, c); break
    case "honey": part = honey(id, c); break
    case "fruit": part = fruit(id, c, i); break
    case "liquor": part = liquor(id, c); break
    default: part = tea(id, c)
  }
  return frame(id, c, MOTIF_NAMES[motif] ?? "Craft product", part[0], part[1], label)
}

/** Landscape with karst mountains, terraced fields and stilt houses. */
export function renderVillageIllustration(palette: number): string {
  const [c, i] = pick(palette)
  const id = `cln-village-${i}`
  const defs =
    `<linearGradient id="${id}-sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${c.l}"/><stop offset="1" stop-color="${c.bg}"/></linearGradient>`
  const house = (x: number, y: number, s: number): string =>
    `<g transform="translate(${x} ${y}) scale(${s})"><path d="M-60 0V60M-20 0V60M20 0V60M60 0V60" stroke="#5A3A22" stroke-width="8"/><rect x="-74" y="-56" width="148" height="60" fill="#9A6A40"/><rect x="-50" y="-40" width="26" height="24" fill="${c.d}"/><rect x="14" y="-40" width="26" height="24" fill="${c.d}"/><path d="M-102 -50L-48 -118H48L102 -50Z" fill="#5B4636"/><path d="M-102 -50L-48 -118H48L102 -50" fill="none" stroke="#3A2B20" stroke-width="5"/><path d="M-30 60L-10 10H10" stroke="#5A3A22" stroke-width="6" fill="none"/></g>`
  let terraces = ""
  for (let k = 0; k < 6; k++) {
    const y = 560 + k * 42
    terraces += `<path d="M-20 ${y}Q200 ${y - 40 + k * 4} 420 ${y - 10}T820 ${y - 30}V${y + 44}Q620 ${y + 10} 420 ${y + 32}T-20 ${y + 44}Z" fill="${k % 2 ? c.s : c.p}" opacity="${0.55 + k * 0.07}"/>`
  }
  const tree = (x: number, y: number, r: number): string =>
    `<rect x="${x - 4}" y="${y}" width="8" height="${r}" fill="#4E3A22"/><circle cx="${x}" cy="${y - r * 0.3}" r="${r}" fill="${c.d}" opacity=".85"/>`
  const body =
    `<rect width="800" height="800" fill="url(#${id}-sky)"/>` +
    `<circle cx="620" cy="170" r="56" fill="${c.a}" opacity=".55"/>` +
    `<path d="M0 420Q40 250 90 300Q130 170 180 300Q230 210 270 320Q320 150 380 310Q420 240 460 330Q520 180 580 320Q630 230 680 320Q730 200 800 330V560H0Z" fill="${c.s}" opacity=".4"/>` +
    `<path d="M0 470Q60 330 120 420Q170 300 230 430Q300 340 350 450Q430 330 500 450Q560 360 620 460Q700 340 800 440V600H0Z" fill="${c.p}" opacity=".55"/>` +
    `<path d="M-10 520Q300 470 520 530T820 520" stroke="#CFE0E6" stroke-width="26" fill="none" opacity=".9"/>` +
    terraces +
    tree(120, 540, 30) + tree(690, 520, 36) + tree(760, 560, 26) +
    house(300, 560, 1) + house(520, 520, 0.75) + house(160, 600, 0.6) +
    `<path d="M330 430q-16-30 0-60t0-60" stroke="#fff" stroke-width="7" fill="none" opacity=".55" stroke-linecap="round"/>`
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 800" width="800" height="800" role="img" aria-label="Craft village">` +
    `<defs>${defs}</defs>${body}</svg>`
  )
}
