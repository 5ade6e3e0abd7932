// The progress bar long commands draw on a terminal (stderr): `[#####.....] 12/40 name`.

/** One frame of the bar; starts with a carriage return and clears the line, so frames overwrite each other. */
export function progressBar(done: number, total: number, label: string): string {
  const width = 24;
  const filled = Math.round((done / Math.max(1, total)) * width);
  const name = label.length > 40 ? `…${label.slice(-39)}` : label;
  return `\r\x1b[2K[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${name}`;
}

/** Clears the bar's line. */
export const CLEAR_LINE = "\r\x1b[2K";
