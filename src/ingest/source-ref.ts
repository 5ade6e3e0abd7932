// SourceRefs for documents read from files: the content hash and the file's name, nothing guessed.
import { createHash } from "node:crypto";
import type { SourceRef } from "../domain/index.ts";

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/**
 * The ref of a document read from a file: system "file" until a reader finds the document's own system and id in
 * its content (a FirstAgenda API response carries its meeting id); municipality and URL only when told.
 */
export function fileRef(file: string, bytes: string | Uint8Array, known: Partial<SourceRef> = {}): SourceRef {
  return {
    system: "file",
    municipality: null,
    documentId: null,
    url: null,
    ...known,
    file,
    sha256: sha256Hex(bytes),
  };
}
