/**
 * The icons the manifest names are drawn by assets/generate-icons.ts; the committed PNGs must be
 * exactly what it draws (rerun it after changing the drawing), at the sizes Office asks for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { ICON_SIZES, iconPng } from '../../../assets/generate-icons';
import { readPngSize } from '../../../scripts/manifest/project';

const committed = (size: number): Buffer => readFileSync(join(__dirname, '../../../assets', `icon-${size}.png`));

describe.each(ICON_SIZES.map((size) => [size]))('icon-%i.png', (size) => {
  it('is what the generator draws', () => {
    expect(committed(size).equals(iconPng(size))).toBe(true);
  });

  it(`is an RGBA PNG of ${size}×${size} px with a transparent corner and an opaque centre`, () => {
    const png = committed(size);
    expect(readPngSize(png)).toEqual({ width: size, height: size });
    expect(png[25]).toBe(6); // colour type RGBA
    const idat = png.indexOf('IDAT');
    const length = png.readUInt32BE(idat - 4);
    const raw = inflateSync(png.subarray(idat + 4, idat + 4 + length));
    const alphaAt = (x: number, y: number): number => raw[y * (size * 4 + 1) + 1 + x * 4 + 3]!;
    expect(alphaAt(0, 0)).toBeLessThan(64); // rounded corner (anti-aliased)
    expect(alphaAt(size >> 1, size >> 1)).toBe(255);
  });
});
