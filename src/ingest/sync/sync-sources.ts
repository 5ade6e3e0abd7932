// The sources file `sync` reads (default sources.json): which municipalities to keep current, and where they publish.
//
//   [{ "municipality": "Greve", "system": "firstagenda", "url": "https://dagsordener.greve.dk" }]
import { readFile } from "node:fs/promises";
import { z } from "zod";

/** The publishing systems sync can read from. */
export const SyncSystemSchema = z.enum(["firstagenda"]);

export const SyncSourceSchema = z
  .object({
    /** The municipality as answers name it ("Greve"). */
    municipality: z.string().trim().min(1, "needs a municipality name"),
    system: SyncSystemSchema,
    /** The site's address, e.g. https://dagsordener.greve.dk (citations link to <url>/vis?id=…&punktid=…). */
    url: z
      .url({ protocol: /^https?$/, error: "must be the site's http(s) address, e.g. https://dagsordener.greve.dk" })
      .transform((u) => u.replace(/\/+$/, "")),
  })
  .strict();
export type SyncSource = z.infer<typeof SyncSourceSchema>;

export const SyncSourcesSchema = z.array(SyncSourceSchema).min(1, "lists no source");

/** A sources file that cannot be used: the message names the file, the entry and the field. */
export class SyncSourcesError extends Error {
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = "SyncSourcesError";
  }
}

/** Reads and validates a sources file; throws SyncSourcesError naming the bad entry (its position and municipality). */
export async function readSyncSources(file: string): Promise<SyncSource[]> {
  const text = await readFile(file, "utf8").catch(() => null);
  if (text === null) throw new SyncSourcesError(file, "cannot be read (no such file?)");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new SyncSourcesError(file, `is not valid JSON (${(error as Error).message})`);
  }
  return parseSyncSources(raw, file);
}

export function parseSyncSources(raw: unknown, file: string): SyncSource[] {
  const parsed = SyncSourcesSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [at, ...field] = issue?.path ?? [];
    if (typeof at !== "number") throw new SyncSourcesError(file, `must be a list of sources (${issue?.message})`);
    const entry = Array.isArray(raw) ? (raw[at] as { municipality?: unknown } | undefined) : undefined;
    const name = typeof entry?.municipality === "string" ? ` (${entry.municipality})` : "";
    const where = field.length > 0 ? `field ${field.join(".")}` : "the entry";
    throw new SyncSourcesError(file, `entry ${at + 1}${name}: ${where} ${issue?.message}`);
  }
  const sites = new Set<string>();
  for (const [i, source] of parsed.data.entries()) {
    if (sites.has(source.url))
      throw new SyncSourcesError(file, `entry ${i + 1} (${source.municipality}): ${source.url} is listed twice`);
    sites.add(source.url);
  }
  return parsed.data;
}
