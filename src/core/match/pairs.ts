/**
 * A map from a pair of term ids to a bigram id, as an open-addressing hash
 * table in one typed array (key a, key b, value side by side, so a probe
 * touches one cache line): a library of 10,000 resources has over a hundred
 * thousand pairs, which as JS Maps cost several times the memory.
 */
export class PairTable {
  private table: Int32Array;
  private count = 0;
  /**
   * One bit per hash of a stored pair (256 KB, small enough to stay in cache):
   * most pairs of words on a page are not in the table, and this says so
   * without a probe into the large table.
   */
  private readonly bloom = new Uint8Array(1 << 18);

  /** Grows by doubling when three quarters full. */
  constructor(capacity = 1024) {
    this.table = PairTable.empty(1 << Math.ceil(Math.log2(Math.max(16, capacity * 2))));
  }

  private static empty(slots: number): Int32Array {
    return new Int32Array(slots * 3).fill(-1);
  }

  get size(): number {
    return this.count;
  }

  /** Index (into `table`) of the slot holding (a, b), or of the empty slot where it would go. */
  private find(a: number, b: number): number {
    const t = this.table;
    const mask = t.length / 3 - 1;
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) & mask;
    for (;;) {
      const i = h * 3;
      const k = t[i]!;
      if (k === -1 || (k === a && t[i + 1] === b)) return i;
      h = (h + 1) & mask;
    }
  }

  private static bloomBit(a: number, b: number): number {
    return (Math.imul(a, 0x27d4eb2d) ^ Math.imul(b, 0x165667b1)) >>> 11;
  }

  /** The id stored for (a, b), or -1. */
  get(a: number, b: number): number {
    const bit = PairTable.bloomBit(a, b);
    if ((this.bloom[bit >>> 3]! & (1 << (bit & 7))) === 0) return -1;
    const i = this.find(a, b);
    return this.table[i + 2]!;
  }

  /** Stores `id` for (a, b), which must be absent (see `get`). */
  set(a: number, b: number, id: number): void {
    if ((this.count + 1) * 4 > (this.table.length / 3) * 3) this.grow();
    const i = this.find(a, b);
    const bit = PairTable.bloomBit(a, b);
    this.bloom[bit >>> 3]! |= 1 << (bit & 7);
    this.table[i] = a;
    this.table[i + 1] = b;
    this.table[i + 2] = id;
    this.count++;
  }

  private grow(): void {
    const old = this.table;
    this.table = PairTable.empty((old.length / 3) * 2);
    for (let i = 0; i < old.length; i += 3) {
      if (old[i] === -1) continue;
      const j = this.find(old[i]!, old[i + 1]!);
      this.table[j] = old[i]!;
      this.table[j + 1] = old[i + 1]!;
      this.table[j + 2] = old[i + 2]!;
    }
  }
}
