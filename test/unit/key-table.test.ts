import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyTable } from '../../src/lib/key-table.ts';

describe('KeyTable', () => {
  it('behaves like a Map of first values, through growth', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 0xffffffff }), fc.nat()), { maxLength: 3000 }), (entries) => {
        const table = new KeyTable(4);
        const model = new Map<string, number>();
        for (const [hi, lo, value] of entries) {
          const key = `${hi}:${lo}`;
          expect(table.putIfAbsent(hi, lo, value)).toBe(model.get(key));
          if (!model.has(key)) model.set(key, value);
        }
        expect(table.size).toBe(model.size);
      }),
      { numRuns: 50 },
    );
  });
});
