/**
 * The icons the manifest names are rendered from one vector drawing, assets/icon.svg, by
 * assets/generate-icons.ts; the committed PNGs must be exactly what it draws (rerun `npm run icons`
 * after changing the drawing), at every size Office supports for ribbon buttons.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { ICON_SIZES, ICON_SOURCE, iconPng, shapesOf } from '../../../assets/generate-icons';
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

describe('assets/icon.svg', () => {
  const svg = readFileSync(ICON_SOURCE, 'utf8');

  it('is the drawing of every icon: a rounded tile and three tier bars', () => {
    const shapes = shapesOf(svg);
    expect(shapes).toHaveLength(4);
    expect(shapes[0]).toMatchObject({ left: 0, top: 0, right: 1, bottom: 1, radius: 0.18 });
  });

  it('changes the PNGs when it changes', () => {
    const recoloured = svg.replace('#0F6CBD', '#C50F1F');
    expect(iconPng(32, recoloured).equals(iconPng(32, svg))).toBe(false);
  });

  it('comes at every ribbon size Office supports', () => {
    expect([...ICON_SIZES]).toEqual([16, 20, 24, 32, 40, 48, 64, 80]);
    const manifest = readFileSync(join(__dirname, '../../../manifest.xml'), 'utf8');
    for (const size of ICON_SIZES) expect(manifest).toContain(`<bt:Image size="${size}" resid="Icon.${size}x${size}"/>`);
  });
});
