// Cuts text to fit a platform limit measured after rendering (escaping grows text), never splitting an escape.

/**
 * The longest prefix of raw `text` whose rendering fits in `max` characters, rendered, with "…" when cut.
 * Cutting before rendering never leaves a dangling backslash, half an entity (`&amp;`) or half a link.
 */
export function fitRendered(text: string, max: number, render: (s: string) => string): string {
  const full = render(text);
  if (full.length <= max) return full;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (render(chars.slice(0, mid).join("").trimEnd()).length + 1 <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${render(chars.slice(0, lo).join("").trimEnd())}…`;
}
