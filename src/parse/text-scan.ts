// Trimming a run of characters off the end of a line without a regex: `/[ ]+$/` and `/\s+$/` restart at every
// character of a run that is not at the end, so a line with long runs of spaces took time with the square of the run.

/** `text` without the characters at its end for which `drop` holds. */
export function trimEndWhere(text: string, drop: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text[end - 1] as string)) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without trailing spaces (U+0020 only; tabs stay, as table cells): `/[ ]+$/` in linear time. */
export function trimEndSpaces(text: string): string {
  return trimEndWhere(text, (c) => c === " ");
}

/** A test for one character against a character class, for `trimEndWhere` ("[\s.…]" -> /[\s.…]/u). */
export function charIn(charClass: RegExp): (char: string) => boolean {
  return (char) => charClass.test(char);
}

/**
 * The matches of a global pattern in `text`, lazily, as `text.matchAll(pattern)` gives them. `matchAll` copies the
 * pattern for every call (RegExp species construction), which for the rules' long patterns cost ten times the match;
 * this reads them with `exec` on the pattern itself, from its `lastIndex`, and puts `lastIndex` back when done.
 */
export function* eachMatch(pattern: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!pattern.global) throw new TypeError(`eachMatch needs a global pattern: ${pattern}`);
  const saved = pattern.lastIndex;
  let at = saved;
  try {
    for (;;) {
      pattern.lastIndex = at;
      const m = pattern.exec(text);
      if (m === null) return;
      at = pattern.lastIndex;
      // An empty match steps past one character (a whole surrogate pair for a unicode pattern), as matchAll does.
      if (m[0] === "") at += /[uv]/.test(pattern.flags) && isPairAt(text, at) ? 2 : 1;
      // Between two matches the pattern is as the caller left it: it may run the same pattern on another text.
      pattern.lastIndex = saved;
      yield m;
    }
  } finally {
    pattern.lastIndex = saved;
  }
}

function isPairAt(text: string, at: number): boolean {
  const hi = text.charCodeAt(at);
  const lo = text.charCodeAt(at + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/** Whitespace that `collapseSpaces` changes: a run of two or more, or one that is not a plain space. */
const LOOSE_SPACE = /\s\s|[^\S ]/;

/**
 * `text.replace(/\s+/g, " ")`, without a copy when nothing changes: on a paragraph that is already one line of single
 * spaces (every sentence of a block read twice, a 10 MB one-line paragraph) the replace built a new string through
 * buffers of ten times its size.
 */
export function collapseSpaces(text: string): string {
  if (!LOOSE_SPACE.test(text)) return text;
  if (text.length <= COLLAPSE_WINDOW) return text.replace(/\s+/g, " ");
  // A long text in windows, each ending after a whole run of white space: one replace over 45 MB held parts of ten
  // times the text at once; a window's parts are let go before the next.
  const pieces: string[] = [];
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + COLLAPSE_WINDOW);
    while (to < text.length && isWhitespaceCode(text.charCodeAt(to))) to++;
    pieces.push(text.slice(from, to).replace(/\s+/g, " "));
    from = to;
  }
  return pieces.join("");
}

/** Characters `collapseSpaces` replaces in at a time. */
const COLLAPSE_WINDOW = 1 << 16;

/**
 * True when the UTF-16 code unit `c` is whitespace as a pattern's `\s` reads it (the same set, tested on every unit in
 * the tests), without a pattern run per character: a loop that tested `/\s/` on each character of every line was one
 * of the costliest loops of classifying lines.
 */
export function isWhitespaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
