/**
 * An open-addressing hash table from 64-bit keys to uint32 values in three flat typed arrays
 * (12 bytes a slot): a million keys cost about 24 MB and no garbage, where a Map of strings costs
 * several times that. Used to find repeated NIKs inside one imported file by their blind index.
 */
export class KeyTable {
  private hi: Uint32Array;
  private lo: Uint32Array;
  /** value + 1; 0 marks an empty slot. */
  private values: Uint32Array;
  private mask: number;
  private count = 0;

  constructor(initialCapacity = 1 << 16) {
    let size = 1;
    while (size < initialCapacity * 2) size <<= 1;
    this.hi = new Uint32Array(size);
    this.lo = new Uint32Array(size);
    this.values = new Uint32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The value stored for the key if there is one; otherwise stores `value` and returns undefined. */
  putIfAbsent(hi: number, lo: number, value: number): number | undefined {
    if ((this.count + 1) * 10 > this.values.length * 7) this.grow();
    let slot = Math.imul(hi ^ Math.imul(lo, 0x9e3779b1), 0x85ebca6b) & this.mask;
    for (;;) {
      const stored = this.values[slot]!;
      if (stored === 0) {
        this.hi[slot] = hi;
        this.lo[slot] = lo;
        this.values[slot] = value + 1;
        this.count += 1;
        return undefined;
      }
      if (this.hi[slot] === hi && this.lo[slot] === lo) return stored - 1;
      slot = (slot + 1) & this.mask;
    }
  }

  private grow() {
    const { hi, lo, values } = this;
    this.hi = new Uint32Array(values.length * 2);
    this.lo = new Uint32Array(values.length * 2);
    this.values = new Uint32Array(values.length * 2);
    this.mask = values.length * 2 - 1;
    this.count = 0;
    for (let i = 0; i < values.length; i++) if (values[i]! !== 0) this.putIfAbsent(hi[i]!, lo[i]!, values[i]! - 1);
  }
}

/** The first 64 bits of a digest as the two halves KeyTable takes. */
export function keyOf(digest: Buffer): [number, number] {
  return [digest.readUInt32LE(0), digest.readUInt32LE(4)];
}
