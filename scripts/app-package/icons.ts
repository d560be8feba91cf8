import { PNG } from 'pngjs';

/** Also the manifest's accentColor, so the icon tile and Teams' frame match. */
export const ACCENT_HEX = '#2D4A7A';

type Rgb = readonly [number, number, number];
type Shape = (x: number, y: number) => boolean;

const ACCENT: Rgb = hexToRgb(ACCENT_HEX);
const WHITE: Rgb = [255, 255, 255];

// Glyphs are drawn as pixel blocks instead of rendered from a font file: the
// script has to run offline, with nothing but pngjs, and give identical output.
const GLYPHS_5X7: Record<'R' | 'C', readonly string[]> = {
  R: ['####.', '#...#', '#...#', '####.', '#.#..', '#..#.', '#...#'],
  C: ['.###.', '#...#', '#....', '#....', '#....', '#...#', '.###.'],
};
const GLYPHS_3X5: Record<'R' | 'C', readonly string[]> = {
  R: ['##.', '#.#', '##.', '#.#', '#.#'],
  C: ['.##', '#..', '#..', '#..', '.##'],
};

interface ShieldBox {
  cx: number;
  top: number;
  halfWidth: number;
  height: number;
}

/** Heater shield: straight sides down to the shoulder, then curving in to a point. */
function shield({ cx, top, halfWidth, height }: ShieldBox): Shape {
  const shoulder = 0.45;
  return (x, y) => {
    const v = (y - top) / height;
    if (v < 0 || v > 1) return false;
    const u = Math.abs(x - cx) / halfWidth;
    if (v <= shoulder) return u <= 1;
    const t = (v - shoulder) / (1 - shoulder);
    return u <= 1 - t * t;
  };
}

/** "RC" as pixel blocks; left, top and cell size are in output pixels. */
function letters(glyphs: Record<'R' | 'C', readonly string[]>, left: number, top: number, cell: number): Shape {
  const first = glyphs.R;
  const glyphWidth = first[0]?.length ?? 0;
  const advance = (glyphWidth + 1) * cell;
  return (x, y) => {
    const row = Math.floor((y - top) / cell);
    const index = Math.floor((x - left) / advance);
    const col = Math.floor((x - left - index * advance) / cell);
    const glyph = index === 0 ? glyphs.R : index === 1 ? glyphs.C : undefined;
    return glyph?.[row]?.[col] === '#';
  };
}

function minus(a: Shape, b: Shape): Shape {
  return (x, y) => a(x, y) && !b(x, y);
}

/** Fraction of the pixel covered by the shape, from an n×n grid of samples. */
function coverage(shape: Shape, px: number, py: number, n: number): number {
  let hits = 0;
  for (let sy = 0; sy < n; sy++) {
    for (let sx = 0; sx < n; sx++) {
      if (shape(px + (sx + 0.5) / n, py + (sy + 0.5) / n)) hits++;
    }
  }
  return hits / (n * n);
}

function setPixel(png: PNG, x: number, y: number, [r, g, b]: Rgb, alpha: number): void {
  const i = (y * png.width + x) * 4;
  png.data[i] = r;
  png.data[i + 1] = g;
  png.data[i + 2] = b;
  png.data[i + 3] = alpha;
}

/** 192×192, opaque: a white shield with an inner line and "RC" on the accent colour. */
export function renderColorIcon(): PNG {
  const size = 192;
  const outer = shield({ cx: 96, top: 22, halfWidth: 62, height: 152 });
  const ringOuter = shield({ cx: 96, top: 32, halfWidth: 52, height: 128 });
  const ringInner = shield({ cx: 96, top: 36, halfWidth: 48, height: 119 });
  const cell = 7;
  const textWidth = (5 + 1 + 5) * cell;
  const text = letters(GLYPHS_5X7, Math.round(96 - textWidth / 2), 62, cell);
  const layers: Array<[Shape, Rgb]> = [
    [outer, WHITE],
    [minus(ringOuter, ringInner), ACCENT],
    [text, ACCENT],
  ];

  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let colour: Rgb = ACCENT;
      for (const [shape, paint] of layers) {
        const a = coverage(shape, x, y, 4);
        if (a > 0) colour = mix(colour, paint, a);
      }
      setPixel(png, x, y, colour, 255);
    }
  }
  return png;
}

/**
 * 32×32 silhouette: a white shield with "RC" cut out. Teams tints this icon, so
 * it must be pure white on transparent; edges stay hard (no partial alpha) so
 * the letters survive at this size.
 */
export function renderOutlineIcon(): PNG {
  const size = 32;
  const cell = 2;
  const textWidth = (3 + 1 + 3) * cell;
  const body = minus(
    shield({ cx: 16, top: 3, halfWidth: 11.5, height: 26.5 }),
    letters(GLYPHS_3X5, 16 - textWidth / 2, 8, cell),
  );

  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = body(x + 0.5, y + 0.5);
      setPixel(png, x, y, on ? WHITE : [0, 0, 0], on ? 255 : 0);
    }
  }
  return png;
}

/** PNG bytes; the colour icon is stored without an alpha channel so it is opaque by construction. */
export function encodeIcon(png: PNG, opaque: boolean): Buffer {
  return PNG.sync.write(png, opaque ? { colorType: 2 } : { colorType: 6 });
}

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  const channel = (i: 0 | 1 | 2): number => Math.round(from[i] + (to[i] - from[i]) * amount);
  return [channel(0), channel(1), channel(2)];
}

function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}
