// Turns the bytes of a text file into a string: rejects empty, binary and broken-encoding input with a clear reason.
import { ParseError } from "../parse-error.ts";

/** Bytes that code Danish and other Latin letters in Windows-1252 / Latin-1 (æøåÆØÅ, accents). */
const CP1252_LETTER = (b: number): boolean =>
  (b >= 0xc0 && b <= 0xff && b !== 0xd7 && b !== 0xf7) ||
  b === 0x8a ||
  b === 0x8c ||
  b === 0x8e ||
  b === 0x9a ||
  b === 0x9c ||
  b === 0x9e;

/** Punctuation in Windows-1252 that minutes use (quotes, dashes, bullets, §, ½, NBSP). */
const CP1252_PUNCTUATION = new Set([
  0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0xa0, 0xa7, 0xab, 0xb0, 0xbb, 0xbd, 0xb4,
]);

/** Windows-1252 characters at 0x80–0x9F (Node's TextDecoder may read these bytes as Latin-1 controls). */
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeCp1252(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

/** Length of the valid UTF-8 sequence starting at i, or 0 when the bytes there are not valid UTF-8. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  if (b < 0x80) return 1;
  const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
  if (need < 0) return 0;
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k];
    if (c === undefined || (c & 0xc0) !== 0x80) return 0;
  }
  return need + 1;
}

/** Why the bytes look binary, or null for text. */
function binaryReason(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 65536));
  let control = 0;
  for (const b of sample) {
    if (b === 0) return "binary data (NUL bytes), not a text or PDF file";
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control += 1;
  }
  if (control > sample.length * 0.02) return "binary data (control bytes), not a text or PDF file";
  return null;
}

/**
 * Decodes UTF-8 text. Invalid UTF-8 is an error, except when the file holds no UTF-8 multi-byte sequence at all and
 * every high byte is a Windows-1252 letter or common punctuation: then it is clearly a cp1252 file and is read as one.
 */
export function decodeText(bytes: Uint8Array, source: string): string {
  if (bytes.length === 0) throw new ParseError(source, "the file is empty");
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const text = new TextDecoder(bytes[0] === 0xff ? "utf-16le" : "utf-16be").decode(bytes.subarray(2));
    return checkNotEmpty(text, source);
  }
  const body = bytes.subarray(start);
  const binary = binaryReason(body);
  if (binary) throw new ParseError(source, binary);

  let multiByte = 0;
  let firstInvalid = -1;
  let allLatin = true;
  for (let i = 0; i < body.length; ) {
    const b = body[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const len = utf8SequenceLength(body, i);
    if (len > 1) {
      multiByte += 1;
      i += len;
      continue;
    }
    if (firstInvalid < 0) firstInvalid = i;
    if (!CP1252_LETTER(b) && !CP1252_PUNCTUATION.has(b)) allLatin = false;
    i += 1;
  }
  if (firstInvalid < 0) return checkNotEmpty(new TextDecoder("utf-8").decode(body), source);
  // A multi-byte character cut off by the end of the file: the file was truncated, not mis-encoded.
  const tail = body.subarray(firstInvalid + 1);
  if (multiByte > 0 && tail.length < 3 && (body[firstInvalid] ?? 0) >= 0xc2 && tail.every((b) => (b & 0xc0) === 0x80)) {
    throw new ParseError(source, "the file seems truncated: it ends in the middle of a character");
  }
  if (multiByte === 0 && allLatin) return checkNotEmpty(decodeCp1252(body), source);
  throw new ParseError(
    source,
    `broken encoding: invalid UTF-8 at byte ${firstInvalid + start}${multiByte > 0 ? " (the file mixes UTF-8 with another encoding)" : ""}`,
  );
}

function checkNotEmpty(text: string, source: string): string {
  if (text.trim() === "") throw new ParseError(source, "the file is empty");
  return text;
}
