/**
 * Ladder engine throughput: pricing one quantity through the engine's public API (validation, band
 * search, exact scaled-integer total, one rounding), per second on one core. The result goes into a
 * sink that is printed, so V8 cannot drop the work. Every figure is per second of median wall time over
 * several runs (5, or 3 for the slower ones), after a warm-up.
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import * as engine from '../src/engine/ladder';
import type { CompiledDiscountLadder, PriceLadder } from '../src/engine/ladder';
import { dec } from '../src/engine/decimal';

// Bound once, as a bundler links them: under tsx's CommonJS transform every `engine.f` access is a
// property getter, which would be measured instead of the engine.
const { compileDiscountLadder, compilePriceLadder, discountedTotal, priceTotal, priceTotalExact, pricePacks } = engine;

const TARGET_ENGINE = 50e6;

const TEN_BANDS = [
  { upTo: 10, unitPrice: 49 },
  { upTo: 25, unitPrice: 45 },
  { upTo: 50, unitPrice: 42.5 },
  { upTo: 100, unitPrice: 39.99 },
  { upTo: 250, unitPrice: 35 },
  { upTo: 500, unitPrice: 31.25 },
  { upTo: 1000, unitPrice: 27.5 },
  { upTo: 2500, unitPrice: 24 },
  { upTo: 5000, unitPrice: 21.75 },
  { upTo: null, unitPrice: 19.99 },
];

const DISCOUNT_BANDS = [
  { upTo: 10, discount: 0 },
  { upTo: 50, discount: 0.05 },
  { upTo: 100, discount: 0.1 },
  { upTo: 500, discount: 0.15 },
  { upTo: 1000, discount: 0.2 },
  { upTo: null, discount: 0.25 },
];

/** 4096 quantities spread over every band (whole units, as most quotes are). */
function quantities(fraction: boolean): Float64Array {
  const q = new Float64Array(4096);
  let seed = 42;
  for (let i = 0; i < q.length; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const whole = 1 + (seed % 8000);
    q[i] = fraction ? whole + 0.25 : whole;
  }
  return q;
}

let sink = 0;

/** Evaluations per second over the median wall time of `rounds` runs of `calls` evaluations. */
function measure(calls: number, rounds: number, body: (calls: number) => number): number {
  body(Math.min(calls, 2_000_000)); // warm up and let the optimising compiler settle
  const walls: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    sink += body(calls);
    walls.push(performance.now() - start);
  }
  const median = [...walls].sort((a, b) => a - b)[Math.floor(walls.length / 2)]!;
  return calls / (median / 1000);
}

const perSecond = (n: number): string => (n >= 1e6 ? `${(n / 1e6).toFixed(1)} M/s` : `${(n / 1e3).toFixed(1)} k/s`);

// One loop per scenario (no shared closure), so that each call site has feedback of its own.
function gradLoop(ladder: PriceLadder, q: Float64Array) {
  return (calls: number): number => {
    let acc = 0;
    for (let i = 0; i < calls; i++) acc += priceTotal(ladder, q[i & 4095] as number);
    return acc;
  };
}

function fracLoop(ladder: PriceLadder, q: Float64Array) {
  return (calls: number): number => {
    let acc = 0;
    for (let i = 0; i < calls; i++) acc += priceTotal(ladder, q[i & 4095] as number);
    return acc;
  };
}

function roundedLoop(ladder: PriceLadder, q: Float64Array) {
  return (calls: number): number => {
    let acc = 0;
    for (let i = 0; i < calls; i++) acc += priceTotal(ladder, q[i & 4095] as number);
    return acc;
  };
}

function volumeLoop(ladder: PriceLadder, q: Float64Array) {
  return (calls: number): number => {
    let acc = 0;
    for (let i = 0; i < calls; i++) acc += priceTotal(ladder, q[i & 4095] as number);
    return acc;
  };
}

function stairLoop(ladder: PriceLadder, q: Float64Array) {
  return (calls: number): number => {
    let acc = 0;
    for (let i = 0; i < calls; i++) acc += priceTotal(ladder, q[i & 4095] as number);
    return acc;
  };
}

/**
 * The yardstick: a bare graduated price in plain numbers (prefix sums and a binary search, no
 * checks, no exactness, no rounding). Printed beside the engine so that a figure taken on a busy
 * machine can be read as a ratio.
 */
function plainLoop(q: Float64Array) {
  const upper = new Float64Array(TEN_BANDS.map((b) => b.upTo ?? Infinity));
  const price = new Float64Array(TEN_BANDS.map((b) => b.unitPrice));
  const lower = new Float64Array(TEN_BANDS.length);
  const prefix = new Float64Array(TEN_BANDS.length);
  for (let i = 1; i < TEN_BANDS.length; i++) {
    lower[i] = upper[i - 1] as number;
    prefix[i] = (prefix[i - 1] as number) + ((upper[i - 1] as number) - (lower[i - 1] as number)) * (price[i - 1] as number);
  }
  return (calls: number): number => {
    let acc = 0;
    for (let i = 0; i < calls; i++) {
      const x = q[i & 4095] as number;
      let lo = 0;
      let hi = upper.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (x <= (upper[mid] as number)) hi = mid;
        else lo = mid + 1;
      }
      acc += (prefix[lo] as number) + (x - (lower[lo] as number)) * (price[lo] as number);
    }
    return acc;
  };
}

function discountLoop(ladder: CompiledDiscountLadder, q: Float64Array) {
  return (calls: number): number => {
    let acc = 0;
    for (let i = 0; i < calls; i++) acc += discountedTotal(ladder, 19.99, q[i & 4095] as number).net;
    return acc;
  };
}

function report(label: string, measured: number, target?: number): void {
  const verdict = target === undefined ? '' : `  target ≥ ${perSecond(target)}  ${measured >= target ? 'met' : 'NOT met'}`;
  console.log(`${label.padEnd(52)} ${perSecond(measured).padStart(11)}${verdict}`);
}

export async function run(): Promise<void> {
  const whole = quantities(false);
  const fractional = quantities(true);
  const graduated = compilePriceLadder(TEN_BANDS, 'graduated');
  const volume = compilePriceLadder(TEN_BANDS, 'volume');
  const stairstep = compilePriceLadder(TEN_BANDS, 'stairstep');
  const discount = compileDiscountLadder(DISCOUNT_BANDS, 'graduated');
  const calls = process.env.BENCH_SHORT === '1' ? 5_000_000 : 20_000_000;
  const [load1, load5] = loadavg();
  console.log(`load average ${load1?.toFixed(2)} (1 min), ${load5?.toFixed(2)} (5 min) on ${cpus().length} cores: wall-clock figures include waiting for a core`);
  console.log('each figure: evaluations per second of median wall time (5 runs; 3 for pricePacks, compile and the Decimal reference)');

  const plain = measure(calls, 5, plainLoop(whole));
  const engineRate = measure(calls, 5, gradLoop(graduated, whole));
  report('yardstick: bare prefix sums + binary search (floats)', plain);
  report('priceTotal, 10-band graduated, whole quantities', engineRate, TARGET_ENGINE);
  console.log(`${'  engine / yardstick'.padEnd(52)} ${`${((engineRate / plain) * 100).toFixed(0)}%`.padStart(11)}`);
  report('priceTotal, 10-band volume', measure(calls, 5, volumeLoop(volume, whole)), TARGET_ENGINE);
  report('priceTotal, 10-band stairstep', measure(calls, 5, stairLoop(stairstep, whole)));
  // Metered prices with up to 5 decimals: every total is rounded to cents.
  const meteredPrices = [0.049, 0.0455, 0.0425, 0.0399, 0.035, 0.03125, 0.0275, 0.024, 0.02175, 0.01999];
  const metered = compilePriceLadder(
    TEN_BANDS.map((b, i) => ({ upTo: b.upTo, unitPrice: meteredPrices[i] as number })),
    'graduated',
  );
  if (!metered.fast) throw new Error('the metered ladder should compile to the fast path');
  report('priceTotal, 10-band graduated, rounded to cents', measure(calls, 5, roundedLoop(metered, whole)));
  report('priceTotal, 10-band graduated, fractional (x.25)', measure(calls, 5, fracLoop(graduated, fractional)));
  report('discountedTotal, 6-band graduated, list 19.99', measure(calls / 4, 5, discountLoop(discount, whole)));
  report(
    'pricePacks, packs of 50 at 99.99, 10 free',
    measure(calls / 4, 3, (n) => {
      let acc = 0;
      for (let i = 0; i < n; i++) acc += pricePacks(whole[i & 4095] as number, 50, 99.99, 10);
      return acc;
    }),
  );
  report(
    'compilePriceLadder, 10 bands (validate + tables)',
    measure(100_000, 3, (n) => {
      let acc = 0;
      for (let i = 0; i < n; i++) acc += compilePriceLadder(TEN_BANDS, 'graduated').totalScale;
      return acc;
    }),
  );
  report(
    'priceTotalExact (Decimal reference), 10-band graduated',
    measure(200_000, 3, (n) => {
      let acc = 0;
      for (let i = 0; i < n; i++) acc += Number(priceTotalExact(graduated, dec(whole[i & 4095] as number)).units & 1n);
      return acc;
    }),
  );
  console.log(`(sink ${sink > 0 ? 'ok' : 'empty'}: ${sink.toExponential(3)})`);
}
