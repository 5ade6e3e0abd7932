// Append-only typed arrays for the index build, which collects tens of millions of numbers.

/** A Uint32Array that doubles when full. */
export class GrowableUint32 {
  private data = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  get(index: number): number {
    return this.data[index] as number;
  }

  /** The filled part (a view, not a copy). */
  view(): Uint32Array {
    return this.data.subarray(0, this.length);
  }
}

/** A Float32Array that doubles when full. */
export class GrowableFloat32 {
  private data = new Float32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** The filled part (a view, not a copy). */
  view(): Float32Array {
    return this.data.subarray(0, this.length);
  }
}

/** A byte buffer that doubles when full, with LEB128 varints for delta-coded document numbers. */
export class GrowableBytes {
  private data = new Uint8Array(4096);
  length = 0;

  pushVarint(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.push((rest & 0x7f) | 0x80);
      rest = Math.floor(rest / 128);
    }
    this.push(rest);
  }

  push(byte: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint8Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = byte;
  }

  view(): Uint8Array {
    return this.data.subarray(0, this.length);
  }
}
