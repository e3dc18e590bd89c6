// fontkit ships no type declarations; these are the few members this package measures text with.
declare module "fontkit" {
  export interface Glyph {
    advanceWidth: number
  }
  export interface Font {
    unitsPerEm: number
    glyphForCodePoint(codePoint: number): Glyph
  }
  export function create(buffer: Buffer): Font
}
