// Long texts (case descriptions, recommendations, decision texts) kept as UTF-8 bytes, decoded when read.
//
// Why: at 100k items these texts are hundreds of megabytes; parsing them as JSON on load took longer than the
// 2 s load budget and doubled the heap. Kept as one byte buffer, an item's text costs nothing until an answer
// quotes it. Layout: u32 count, u32 offsets[count + 1], then the UTF-8 bytes, all little-endian.
import { closeSync, openSync, writeSync } from "node:fs";

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

/** Bytes of the buffer texts are encoded into before they are written (a longer text is written on its own). */
const CHUNK_BYTES = 1 << 20;

/**
 * Writes a text store to a file as its texts are added: the number of texts is given first, so the head (count and
 * offsets) has its place at the start and is written last, and the texts go to the file a chunk at a time. Memory is
 * one chunk and the offsets, not the store (which is the size of every long text of the index).
 */
export class TextStoreWriter {
  private readonly fd: number;
  private readonly offsets: Uint32Array;
  private readonly head: number;
  private added = 0;
  private readonly chunk = new Uint8Array(CHUNK_BYTES);
  private used = 0;
  /** Bytes of texts so far (written and in the chunk). */
  private total = 0;
  /** Bytes of texts written to the file so far. */
  private written = 0;
  private readonly encoder = new TextEncoder();

  constructor(
    path: string,
    private readonly count: number,
  ) {
    this.offsets = new Uint32Array(count + 1);
    this.head = 4 + (count + 1) * 4;
    this.fd = openSync(path, "w");
  }

  add(text: string): number {
    if (this.added >= this.count) throw new Error(`text store: more than the ${this.count} texts announced`);
    const size = Buffer.byteLength(text, "utf8");
    if (this.total + size > 0xffffffff) throw new Error("text store: more than 4 GB of text");
    if (this.used + size > this.chunk.length) this.flush();
    if (size > this.chunk.length) {
      this.writeBody(this.encoder.encode(text));
    } else {
      this.used += this.encoder.encodeInto(text, this.chunk.subarray(this.used)).written;
    }
    this.total += size;
    this.added += 1;
    this.offsets[this.added] = this.total;
    return this.added - 1;
  }

  /** Writes what is left and the head, closes the file; returns the file's size in bytes. */
  finish(): number {
    try {
      if (this.added !== this.count) throw new Error(`text store: ${this.added} texts added, ${this.count} announced`);
      this.flush();
      const head = new Uint8Array(this.head);
      const view = new DataView(head.buffer);
      view.setUint32(0, this.count, true);
      this.offsets.forEach((offset, i) => {
        view.setUint32(4 + i * 4, offset, true);
      });
      writeAll(this.fd, head, 0);
    } finally {
      this.close();
    }
    return this.head + this.total;
  }

  /** Closes the file without finishing it (a failed build). */
  close(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
  }

  private flush(): void {
    if (this.used === 0) return;
    this.writeBody(this.chunk.subarray(0, this.used));
    this.used = 0;
  }

  private writeBody(bytes: Uint8Array): void {
    writeAll(this.fd, bytes, this.head + this.written);
    this.written += bytes.length;
  }
}

function writeAll(fd: number, bytes: Uint8Array, position: number): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
}
