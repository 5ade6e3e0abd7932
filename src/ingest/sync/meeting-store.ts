// The raw documents as downloaded, one file per meeting, so that an index can be rebuilt without the network.
//
//   <data>/firstagenda/<site host>/source.json        the source entry (municipality, system, url)
//   <data>/firstagenda/<site host>/<meeting id>.json  GET /api/agenda/dagsorden/<meeting id>, bytes as served
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { isFinished } from "../../sources/firstagenda/api.ts";
import { MeetingResponseSchema } from "../../sources/firstagenda/schema.ts";
import { type SyncSource, SyncSourceSchema } from "./sync-sources.ts";

export const SITE_FILE = "source.json";

/** A meeting as stored: enough to decide whether to fetch it again. */
export interface StoredMeeting {
  id: string;
  path: string;
  /** The API's Moede.Afsluttet is true: minutes are out, the meeting is never fetched again. */
  finished: boolean;
  bytes: Buffer;
}

/** The folder of one site's meetings. */
export function siteDir(dataDir: string, source: SyncSource): string {
  return join(dataDir, source.system, new URL(source.url).host);
}

/** Writes a file beside its final name and renames it: a crash never leaves half a meeting. */
async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${path}.partial`;
  await writeFile(temporary, data);
  await rename(temporary, path);
}

/** Records the source in its folder, so a rebuild knows the municipality and site without sources.json. */
export async function writeSite(dataDir: string, source: SyncSource): Promise<string> {
  const dir = siteDir(dataDir, source);
  await mkdir(dir, { recursive: true });
  await writeAtomically(join(dir, SITE_FILE), `${JSON.stringify(source, null, 2)}\n`);
  return dir;
}

export async function readSite(dir: string): Promise<SyncSource> {
  const text = await readFile(join(dir, SITE_FILE), "utf8");
  return SyncSourceSchema.parse(JSON.parse(text));
}

export async function storeMeeting(dir: string, id: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, `${id}.json`);
  await writeAtomically(path, bytes);
  return path;
}

/**
 * The meetings stored for a site, by id. A file that cannot be read as a stored response is reported through
 * `onBad` and left out (so the meeting is fetched again).
 */
export async function readStoredMeetings(
  dir: string,
  onBad: (path: string, reason: string) => void = () => {},
): Promise<Map<string, StoredMeeting>> {
  const stored = new Map<string, StoredMeeting>();
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.sort()) {
    if (!name.endsWith(".json") || name === SITE_FILE) continue;
    const path = join(dir, name);
    const bytes = await readFile(path);
    let fields: z.infer<typeof MeetingResponseSchema>;
    try {
      fields = MeetingResponseSchema.parse(JSON.parse(bytes.toString("utf8")));
    } catch (error) {
      onBad(path, error instanceof z.ZodError ? (error.issues[0]?.message ?? "invalid") : (error as Error).message);
      continue;
    }
    if (`${fields.Id}.json` !== name) {
      onBad(path, `holds meeting ${fields.Id}, not ${name.slice(0, -5)}`);
      continue;
    }
    stored.set(fields.Id, { id: fields.Id, path, finished: isFinished(fields), bytes });
  }
  return stored;
}
