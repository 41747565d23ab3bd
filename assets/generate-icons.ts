/**
 * Renders the add-in icon, drawn once as a vector in assets/icon.svg, to the PNG files the manifest
 * names: every ribbon size Office supports (16, 32 and 80 px required; 20, 24, 40, 48 and 64 px for
 * other display scales: https://learn.microsoft.com/javascript/api/manifest/icon), which include
 * IconUrl (32 px) and HighResolutionIconUrl (64 px). Run: `npm run icons`.
 * Pure Node, no system package: the SVG's rounded rectangles are rasterised here (zlib for the
 * deflate stream, our own CRC-32), 4×4 supersampled for smooth edges.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80] as const;
export const ICON_SOURCE = join(__dirname, 'icon.svg');

type Rgba = readonly [number, number, number, number];
const CLEAR: Rgba = [0, 0, 0, 0];

/** A filled, optionally rounded rectangle of the SVG, in unit coordinates (0..1 of the view box). */
export interface IconShape {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly radius: number;
  readonly fill: Rgba;
}

/** The <rect> elements of an SVG whose view box starts at 0 0, in painting order. */
export function shapesOf(svg: string): IconShape[] {
  const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!viewBox) throw new Error('icon.svg needs viewBox="0 0 W H"');
  const [width, height] = [Number(viewBox[1]), Number(viewBox[2])];
  return [...svg.matchAll(/<rect\b([^>]*)\/>/g)].map((m) => {
    const attr = (name: string, fallback?: string): string => {
      const found = new RegExp(`\\s${name}="([^"]*)"`).exec(m[1]!)?.[1] ?? fallback;
      if (found === undefined) throw new Error(`icon.svg: <rect${m[1]}/> has no ${name}`);
      return found;
    };
    const fill = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(attr('fill'));
    if (!fill) throw new Error(`icon.svg: fill "${attr('fill')}" is not #RRGGBB`);
    const x = Number(attr('x', '0'));
    const y = Number(attr('y', '0'));
    return {
      left: x / width,
      top: y / height,
      right: (x + Number(attr('width'))) / width,
      bottom: (y + Number(attr('height'))) / height,
      radius: Number(attr('rx', '0')) / width,
      fill: [parseInt(fill[1]!, 16), parseInt(fill[2]!, 16), parseInt(fill[3]!, 16), 255],
    };
  });
}

function inside(shape: IconShape, x: number, y: number): boolean {
  if (x < shape.left || x >= shape.right || y < shape.top || y >= shape.bottom) return false;
  const r = shape.radius;
  const cx = Math.min(Math.max(x, shape.left + r), shape.right - r);
  const cy = Math.min(Math.max(y, shape.top + r), shape.bottom - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** The colour of the topmost shape at a point, transparent outside every shape. */
function colourAt(shapes: readonly IconShape[], x: number, y: number): Rgba {
  let colour = CLEAR;
  for (const shape of shapes) if (inside(shape, x, y)) colour = shape.fill;
  return colour;
}

function render(shapes: readonly IconShape[], size: number): Uint8Array {
  const samples = 4;
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt(shapes, (px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          // premultiplied accumulation so transparent samples do not darken the edge
          acc[0]! += c[0] * c[3];
          acc[1]! += c[1] * c[3];
          acc[2]! += c[2] * c[3];
          acc[3]! += c[3];
        }
      }
      const alpha = acc[3]!;
      const at = (py * size + px) * 4;
      pixels[at] = alpha ? Math.round(acc[0]! / alpha) : 0;
      pixels[at + 1] = alpha ? Math.round(acc[1]! / alpha) : 0;
      pixels[at + 2] = alpha ? Math.round(acc[2]! / alpha) : 0;
      pixels[at + 3] = Math.round(alpha / (samples * samples));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** An RGBA, 8-bit, non-interlaced PNG. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.subarray(y * size * 4, (y + 1) * size * 4)).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** The icon of one size, as the PNG file committed in assets/. */
export const iconPng = (size: number, svg = readFileSync(ICON_SOURCE, 'utf8')): Buffer => encodePng(size, render(shapesOf(svg), size));

if (process.argv[1] && /generate-icons\.ts$/.test(process.argv[1])) {
  for (const size of ICON_SIZES) {
    const file = join(__dirname, `icon-${size}.png`);
    writeFileSync(file, iconPng(size));
    console.log(`wrote ${file}`);
  }
}
