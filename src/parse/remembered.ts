// A pure reading of short texts, remembered: minutes repeat the same short texts ("Godkendt.", a member's name with
// their party letter, the same vote line under every item), and reading one again gives what it gave before.

export interface RememberOptions<T> {
  /** Texts longer than this are read every time (a key holds its text in memory). */
  maxLength: number;
  /** The answers are dropped whenever this many are held. */
  maxSize: number;
  /**
   * For an answer a caller may change (objects, arrays): what is kept and what is given are copies, so every caller
   * gets an answer of its own, as if the text had been read again. Not needed for strings, numbers and booleans. An
   * answer is then kept from the second reading of its text on: most texts are read once, and copying those cost more
   * than the readings it saved.
   */
  copy?: (value: T) => T;
  /**
   * Stop remembering for a while when few texts come again: once `maxSize` texts were held with fewer than one in
   * eight answered from memory, the next `8 * maxSize` texts are read without looking them up (a document of texts
   * that never repeat paid for the keeping and gained nothing), then remembering starts over.
   */
  pauseWhenRare?: boolean;
}

/** A text seen once and not yet read twice: its answer is kept at the second reading. */
const SEEN_ONCE = { value: undefined };

/** `read`, with its answers kept for the texts seen last. `read` must be a pure function of the text. */
export function remembered<T>(read: (text: string) => T, options: RememberOptions<T>): (text: string) => T {
  const { maxLength, maxSize, copy, pauseWhenRare = false } = options;
  let answers = new Map<string, { value: T } | typeof SEEN_ONCE>();
  let hits = 0;
  let paused = 0;
  return (text) => {
    if (text.length > maxLength) return read(text);
    if (paused > 0) {
      paused--;
      return read(text);
    }
    const known = answers.get(text);
    if (known && known !== SEEN_ONCE) {
      hits++;
      return copy ? copy(known.value as T) : (known.value as T);
    }
    const value = read(text);
    if (answers.size >= maxSize) {
      if (pauseWhenRare && hits * 8 < maxSize) paused = 8 * maxSize;
      answers = new Map();
      hits = 0;
      if (paused > 0) return value;
    }
    if (copy && known === undefined) answers.set(text, SEEN_ONCE);
    else answers.set(text, { value: copy ? copy(value) : value });
    return value;
  };
}

/**
 * A deep copy of plain data (objects, arrays and primitives, as the rules' fragments are), keeping which parts were one
 * object: a part met twice is copied once.
 */
export function copyPlain<T>(value: T, copies: Map<object, unknown> = new Map()): T {
  if (typeof value !== "object" || value === null) return value;
  const seen = copies.get(value);
  if (seen !== undefined) return seen as T;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    copies.set(value, out);
    for (let i = 0; i < value.length; i++) out[i] = copyPlain(value[i], copies);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  copies.set(value, out);
  for (const key of Object.keys(value)) out[key] = copyPlain((value as Record<string, unknown>)[key], copies);
  return out as T;
}
