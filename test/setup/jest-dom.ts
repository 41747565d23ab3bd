import '@testing-library/jest-dom';

// jsdom has no Web Crypto digest; the browsers and Office webviews Tiercraft runs in have `crypto.subtle`
// (in secure contexts: https, or localhost), as Node has: the model fingerprint (history) uses it;
// jsdom lacks TextEncoder too, which every browser has.
import { webcrypto } from 'node:crypto';
import { TextEncoder as NodeTextEncoder } from 'node:util';

if (globalThis.crypto?.subtle === undefined) Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
if (typeof globalThis.TextEncoder === 'undefined') Object.defineProperty(globalThis, 'TextEncoder', { value: NodeTextEncoder, configurable: true });
