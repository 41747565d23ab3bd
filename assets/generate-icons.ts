/**
 * Draws the add-in icons (three ascending tier bars on a rounded blue tile) as PNG files at the
 * sizes the manifest asks for: 16, 32, 64 and 80 px. Run: `npx tsx assets/generate-icons.ts`.
 * Pure Node (zlib for the deflate stream, our own CRC-32), 4×4 supersampled for smooth edges.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 64, 80] as const;

type Rgba = readonly [number, number, number, number];
const BRAND: Rgba = [15, 108, 189, 255]; // Fluent brand blue #0F6CBD
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Shapes in unit coordinates (0..1), painted in order. */
function colourAt(x: number, y: number): Rgba {
  const r = 0.18; // corner radius of the tile
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR;
  const bars = [
    { left: 0.2, right: 0.36, top: 0.58 },
    { left: 0.42, right: 0.58, top: 0.4 },
    { left: 0.64, right: 0.8, top: 0.2 },
  ];
  for (const bar of bars) if (x >= bar.left && x < bar.right && y >= bar.top && y < 0.8) return WHITE;
  return BRAND;
}

function render(size: number): Uint8Array {
  const samples = 4;
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
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
export const iconPng = (size: number): Buffer => encodePng(size, render(size));

if (process.argv[1] && /generate-icons\.ts$/.test(process.argv[1])) {
  for (const size of ICON_SIZES) {
    const file = join(__dirname, `icon-${size}.png`);
    writeFileSync(file, iconPng(size));
    console.log(`wrote ${file}`);
  }
}
