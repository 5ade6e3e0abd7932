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

/** Bytes of the chunks texts are encoded into (a longer text gets a chunk of its own size). */
const CHUNK_BYTES = 1 << 20;

/**
 * Collects texts in order and gives the store's bytes as parts: a head (count and offsets) and the chunks the texts
 * were encoded into. Nothing is copied or grown: memory is the texts' UTF-8 size plus less than a chunk per text
 * that did not fit in the one before (one array per text cost GC time; one growing buffer cost twice the size).
 */
export class TextStoreWriter {
  private readonly chunks: Uint8Array[] = [];
  private current = new Uint8Array(CHUNK_BYTES);
  private used = 0;
  private total = 0;
  private readonly offsets: number[] = [0];
  private readonly encoder = new TextEncoder();

  add(text: string): number {
    const size = Buffer.byteLength(text, "utf8");
    if (this.used + size > this.current.length) {
      this.seal();
      this.current = new Uint8Array(Math.max(CHUNK_BYTES, size));
    }
    const { read, written } = this.encoder.encodeInto(text, this.current.subarray(this.used));
    if (read !== text.length) throw new Error(`text store: ${text.length - read} characters of a text did not fit`);
    this.used += written;
    this.total += written;
    if (this.total > 0xffffffff) throw new Error("text store: more than 4 GB of text");
    this.offsets.push(this.total);
    return this.offsets.length - 2;
  }

  /** The store's bytes in order: the head, then the texts (write them one after another). */
  parts(): Uint8Array[] {
    this.seal();
    const count = this.offsets.length - 1;
    const head = new Uint8Array(4 + (count + 1) * 4);
    const view = new DataView(head.buffer);
    view.setUint32(0, count, true);
    this.offsets.forEach((offset, i) => {
      view.setUint32(4 + i * 4, offset, true);
    });
    return [head, ...this.chunks];
  }

  private seal(): void {
    if (this.used > 0) this.chunks.push(this.current.subarray(0, this.used));
    this.current = new Uint8Array(0);
    this.used = 0;
  }
}
