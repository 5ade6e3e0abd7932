// Long texts (case descriptions, recommendations, decision texts) kept as UTF-8 bytes, decoded when read.
//
// Why: at 100k items these texts are hundreds of megabytes; parsing them as JSON on load took longer than the
// 2 s load budget and doubled the heap. Kept as one byte buffer, an item's text costs nothing until an answer
// quotes it. Layout: u32 count, u32 offsets[count + 1], then the UTF-8 bytes, all little-endian.

export class TextStore {
  private readonly offsets: Uint32Array;
  private readonly bytes: Uint8Array;
  private readonly decoder = new TextDecoder();

  constructor(input: Uint8Array) {
    const data = input.byteOffset % 4 === 0 ? input : input.slice();
    if (data.length < 4) throw new Error("text store too short");
    const count = new Uint32Array(data.buffer, data.byteOffset, 1)[0] as number;
    const head = 4 + (count + 1) * 4;
    if (data.length < head) throw new Error("text store offsets truncated");
    this.offsets = new Uint32Array(data.buffer, data.byteOffset + 4, count + 1);
    this.bytes = new Uint8Array(data.buffer, data.byteOffset + head, data.length - head);
    if (this.offsets[count] !== this.bytes.length) throw new Error("text store length does not match its offsets");
  }

  get size(): number {
    return this.offsets.length - 1;
  }

  get(id: number): string {
    if (!(id >= 0 && id < this.size)) throw new RangeError(`text ${id} is not in the text store`);
    return this.decoder.decode(this.bytes.subarray(this.offsets[id], this.offsets[id + 1]));
  }
}

/** Collects texts in order and encodes the store, into one growing buffer (one array per text cost GC time). */
export class TextStoreWriter {
  private data = new Uint8Array(1 << 16);
  private length = 0;
  private readonly offsets: number[] = [0];
  private readonly encoder = new TextEncoder();

  add(text: string): number {
    // UTF-8 needs at most three bytes per UTF-16 code unit.
    const needed = this.length + text.length * 3;
    if (needed > this.data.length) {
      const bigger = new Uint8Array(Math.max(needed, this.data.length * 2));
      bigger.set(this.data.subarray(0, this.length));
      this.data = bigger;
    }
    const { written } = this.encoder.encodeInto(text, this.data.subarray(this.length));
    this.length += written;
    this.offsets.push(this.length);
    return this.offsets.length - 2;
  }

  encode(): Uint8Array {
    const count = this.offsets.length - 1;
    const head = 4 + (count + 1) * 4;
    const out = new Uint8Array(head + this.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, count, true);
    this.offsets.forEach((offset, i) => {
      view.setUint32(4 + i * 4, offset, true);
    });
    out.set(this.data.subarray(0, this.length), head);
    return out;
  }
}
