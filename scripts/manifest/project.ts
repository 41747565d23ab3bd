/** What the manifest checks need to know about this repository: the build's outputs and the icons. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ManifestEnvironment } from './rules';

/** Width and height from a PNG's IHDR chunk. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The environment of this repository: what webpack.config.js serves, PNGs read from assets/. */
export function projectEnvironment(root: string): ManifestEnvironment {
  const config = createRequire(join(root, 'package.json'))('./webpack.config.js') as { servedFiles: () => string[] };
  return {
    servedFiles: config.servedFiles(),
    pngSize: (sitePath) => {
      const file = join(root, sitePath);
      return existsSync(file) ? readPngSize(readFileSync(file)) : undefined;
    },
  };
}

/** The manifests `npm run validate` checks when given none: the development one, and the production one if built. */
export function defaultManifests(root: string): string[] {
  return ['manifest.xml', 'dist/manifest.xml'].filter((file, i) => i === 0 || existsSync(join(root, file)));
}

