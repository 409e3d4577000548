/**
 * Many small Int32Arrays cut from shared blocks. V8 gives every typed array
 * over 64 bytes its own backing store outside the heap, which costs about a
 * microsecond to make and counts as external memory that brings garbage
 * collections forward: ten thousand resources, each with its own array, spent
 * more time there than in reading their text. A view into a shared block costs
 * a small object only.
 *
 * Space is never reused: an array given back (a resource updated or removed)
 * stays in its block until every array of that block is dropped. Index
 * updates are rare and the index is rebuilt whenever the service worker
 * starts, so the waste stays small.
 */
export class Int32Slab {
  private block = new Int32Array(0);
  private used = 0;

  /** @param blockSize elements per shared block; arrays longer than a quarter of it get their own. */
  constructor(private readonly blockSize = 1 << 16) {}

  /** A zeroed array of `n` elements. */
  take(n: number): Int32Array {
    if (n * 4 > this.blockSize) return new Int32Array(n);
    if (this.used + n > this.block.length) {
      this.block = new Int32Array(this.blockSize);
      this.used = 0;
    }
    const out = this.block.subarray(this.used, this.used + n);
    this.used += n;
    return out;
  }
}
