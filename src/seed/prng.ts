/**
 * A small seeded pseudo-random number generator for demo data and replayable randomized tests.
 * sfc32 (Chris Doty-Humphrey's Small Fast Counter), its state filled from the seed by splitmix32.
 * Not for anything secret: use node:crypto there.
 */
export type Rng = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** One of the items, chosen in proportion to its weight (weights ≥ 0, at least one > 0). */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** true with probability p. */
  bool(p?: number): boolean;
};

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function sfc32(seed: number): () => number {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = 1;
  const step = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t;
  };
  // Discard the first outputs so that close seeds diverge at once.
  for (let i = 0; i < 12; i++) step();
  return step;
}

export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new Error(`Seed harus angka, bukan ${seed}`);
  const step = sfc32(Math.trunc(seed));
  const next = () => step() / 4_294_967_296;
  const int = (min: number, max: number) => {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) throw new Error(`Rentang tidak sah: ${min}..${max}`);
    return min + Math.floor(next() * (max - min + 1));
  };
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('Tidak bisa memilih dari daftar kosong');
      return items[int(0, items.length - 1)] as T;
    },
    weighted: <T>(items: readonly (readonly [T, number])[]): T => weightedPicker(items)(next()),
    bool: (p = 0.5) => next() < p,
  };
}

/**
 * A picker over a fixed weighted list that maps a uniform number u ∈ [0, 1) to an item by binary
 * search over the cumulative weights: build once, pick many times (thousands of villages).
 */
export function weightedPicker<T>(items: readonly (readonly [T, number])[]): (u: number) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of items) {
    if (!(weight >= 0)) throw new Error(`Bobot tidak sah: ${weight}`);
    total += weight;
    cumulative.push(total);
  }
  if (total <= 0) throw new Error('Daftar berbobot kosong atau semua bobotnya nol');
  return (u) => {
    const target = u * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] as number) > target) high = middle;
      else low = middle + 1;
    }
    return (items[low] as readonly [T, number])[0];
  };
}

