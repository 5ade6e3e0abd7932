// The binary layout of one inverted index file: a header, the sorted terms, postings, impacts and document refs.
//
// Why not MiniSearch's JSON: at 100k items its JSON took ~6 s to load and its search ~480 ms p95 here. This layout
// loads as a few typed-array views over one read (no parsing but splitting the term list), stores document
// numbers as delta varints and scores as one byte per posting, and is laid out in a fixed order so that the same
// input gives the same bytes.

const MAGIC = 0x58534652; // "RFSX" little-endian
export const FORMAT_VERSION = 1;
const HEADER_WORDS = 8;

export interface InvertedIndexData {
  /** Terms in code-unit order. */
  terms: readonly string[];
  /** Posting range of term t: offsets[t] .. offsets[t+1] (so document frequency is the difference). */
  offsets: Uint32Array;
  /** Byte range of term t's delta-varint document numbers in `docs`. */
  docByteOffsets: Uint32Array;
  docs: Uint8Array;
  /** One byte per posting: the BM25F impact scaled to 1..255. */
  impacts: Uint8Array;
  /** Per document: meeting index, then key (item number, vote index or row index). */
  refs: Uint32Array;
}

export function encodeInvertedIndex(data: InvertedIndexData): Uint8Array {
  const termBytes = new TextEncoder().encode(data.terms.join("\n"));
  const sections: Uint8Array[] = [
    termBytes,
    bytesOf(data.offsets),
    bytesOf(data.docByteOffsets),
    data.docs,
    data.impacts,
    bytesOf(data.refs),
  ];
  const header = new Uint32Array([
    MAGIC,
    FORMAT_VERSION,
    data.terms.length,
    data.refs.length / 2,
    termBytes.length,
    data.docs.length,
    data.impacts.length,
    0,
  ]);
  let size = HEADER_WORDS * 4;
  for (const section of sections) size += align4(section.length);
  const out = new Uint8Array(size);
  out.set(bytesOf(header), 0);
  let at = HEADER_WORDS * 4;
  for (const section of sections) {
    out.set(section, at);
    at += align4(section.length);
  }
  return out;
}

/** Reads the layout back as views over `bytes`; throws an Error saying what is wrong when it does not fit. */
export function decodeInvertedIndex(input: Uint8Array): InvertedIndexData {
  // Typed views need 4-byte alignment; a Buffer from a pool may start anywhere.
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  if (bytes.length < HEADER_WORDS * 4) throw new Error("too short for an index header");
  const header = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER_WORDS);
  const [magic, version, termCount, docCount, termLength, docsLength, postingCount] = header as unknown as number[];
  if (magic !== MAGIC) throw new Error("not an index file (bad magic number)");
  if (version !== FORMAT_VERSION) throw new Error(`index format ${version}, expected ${FORMAT_VERSION}`);
  const sizes = [
    termLength as number,
    ((termCount as number) + 1) * 4,
    ((termCount as number) + 1) * 4,
    docsLength as number,
    postingCount as number,
    (docCount as number) * 8,
  ];
  const expected = sizes.reduce((sum, n) => sum + align4(n), HEADER_WORDS * 4);
  if (expected !== bytes.length) throw new Error(`index file is ${bytes.length} bytes, its header says ${expected}`);
  let at = bytes.byteOffset + HEADER_WORDS * 4;
  const take = (n: number): number => {
    const start = at;
    at += align4(n);
    return start;
  };
  const termStart = take(sizes[0] as number);
  const termText = new TextDecoder().decode(new Uint8Array(bytes.buffer, termStart, sizes[0] as number));
  const terms = termCount === 0 ? [] : termText.split("\n");
  if (terms.length !== termCount) throw new Error(`index holds ${terms.length} terms, its header says ${termCount}`);
  const offsets = new Uint32Array(bytes.buffer, take(sizes[1] as number), (termCount as number) + 1);
  const docByteOffsets = new Uint32Array(bytes.buffer, take(sizes[2] as number), (termCount as number) + 1);
  const docs = new Uint8Array(bytes.buffer, take(sizes[3] as number), docsLength as number);
  const impacts = new Uint8Array(bytes.buffer, take(sizes[4] as number), postingCount as number);
  const refs = new Uint32Array(bytes.buffer, take(sizes[5] as number), (docCount as number) * 2);
  if (offsets[termCount as number] !== postingCount || docByteOffsets[termCount as number] !== docsLength) {
    throw new Error("index posting tables do not add up");
  }
  return { terms, offsets, docByteOffsets, docs, impacts, refs };
}

function bytesOf(array: Uint32Array): Uint8Array {
  // Little-endian on every platform Node runs on here (x64, arm64).
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
