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
