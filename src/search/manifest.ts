// The manifest of a built index: versions, inputs with content hashes, counts, and the hash of every file.
import { createHash } from "node:crypto";
import { closeSync, openSync, readSync } from "node:fs";
import { z } from "zod";
import { MeetingSchema } from "../domain/index.ts";
import { ANALYSIS_VERSION } from "./analyze.ts";
import { FORMAT_VERSION } from "./inverted-index-format.ts";

/** Bumped when the layout of the index directory changes. */
export const SCHEMA_VERSION = 3;

/** The index's own file names (everything else in the directory, e.g. minutes/ and sources.json, is left alone). */
export const INDEX_FILES = {
  manifest: "manifest.json",
  meetings: "meetings.json",
  texts: "texts.bin",
  items: "items.idx",
  votes: "votes.idx",
  upcoming: "upcoming.idx",
} as const;

const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, "a sha256 is 64 hex digits");
const CountSchema = z.number().int().nonnegative();

export const ManifestSchema = z
  .object({
    schemaVersion: z.number().int(),
    /** Version of the token analysis (analyze.ts): terms differ between versions. */
    analysisVersion: z.number().int(),
    /** Version of the binary inverted-index layout. */
    formatVersion: z.number().int(),
    /** Fingerprint of the Meeting schema the meetings were written with. */
    meetingSchema: Sha256Schema,
    /** One per indexed document, sorted by name; meetings[i] came from inputs[i]. */
    inputs: z.array(
      z.object({
        name: z.string().min(1),
        /** The meeting's stable id (Meeting.id): unique in the index. */
        meeting: z.string().min(1),
        sha256: Sha256Schema,
        bytes: CountSchema,
        items: CountSchema,
        votes: CountSchema,
      }),
    ),
    /** Inputs that could not be parsed, with the parser's reason. */
    skipped: z.array(z.object({ name: z.string().min(1), sha256: Sha256Schema, reason: z.string() })),
    counts: z.object({
      documents: CountSchema,
      items: CountSchema,
      decisions: CountSchema,
      votes: CountSchema,
      upcoming: CountSchema,
      terms: z.object({ items: CountSchema, votes: CountSchema, upcoming: CountSchema }),
    }),
    /** Every generated file but the manifest, with its size and hash, checked on load. */
    files: z.record(z.string(), z.object({ bytes: CountSchema, sha256: Sha256Schema })),
  })
  .strict();
export type Manifest = z.infer<typeof ManifestSchema>;

/** The versions this code writes and accepts. */
export function currentVersions(): Pick<
  Manifest,
  "schemaVersion" | "analysisVersion" | "formatVersion" | "meetingSchema"
> {
  return {
    schemaVersion: SCHEMA_VERSION,
    analysisVersion: ANALYSIS_VERSION,
    formatVersion: FORMAT_VERSION,
    meetingSchema: meetingSchemaFingerprint(),
  };
}

let fingerprint: string | null = null;

/** A hash of the Meeting schema's JSON Schema: an index written under another domain model is stale. */
export function meetingSchemaFingerprint(): string {
  fingerprint ??= sha256(JSON.stringify(z.toJSONSchema(MeetingSchema)));
  return fingerprint;
}

/** The SHA-256 of a file, read a megabyte at a time. */
export function sha256File(path: string): string {
  const hash = createHash("sha256");
  const buffer = new Uint8Array(1 << 20);
  const fd = openSync(path, "r");
  try {
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) hash.update(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest("hex");
}

export function sha256(data: string | Uint8Array | readonly Uint8Array[]): string {
  const hash = createHash("sha256");
  for (const part of typeof data === "string" || data instanceof Uint8Array ? [data] : data) hash.update(part);
  return hash.digest("hex");
}
