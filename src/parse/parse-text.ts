// Minutes text -> Meeting: the text reader's blocks through assembleMeeting (for text given in memory).
import type { Meeting } from "../domain/index.ts";
import { fileRef } from "../ingest/source-ref.ts";
import { assembleMeeting } from "./assemble.ts";
import { ParseError } from "./parse-error.ts";
import { textDocument } from "./read/text-reader.ts";

export interface ParseOptions {
  /** File name of the source, used in errors and as Meeting.source. */
  source: string;
}

/** Parses the text of one minutes document; throws ParseError when it is not (complete) minutes. */
export function parseText(text: string, options: ParseOptions): Meeting {
  if (text.trim() === "") throw new ParseError(options.source, "the file is empty");
  return assembleMeeting(textDocument(text, fileRef(options.source, text)));
}
