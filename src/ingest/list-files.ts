// Lists the documents under the files and folders given: recursively, following symbolic links once (a link
// back into a folder being read is a loop, reported), and reporting every folder or link that cannot be read.
import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { compare } from "../search/index.ts";
import { fileProblem } from "./read-document.ts";

export interface Listing {
  /** Files to read, each once (by real path), sorted by file name then path. */
  files: string[];
  /** Inputs, folders and links left out, with the reason. */
  problems: { name: string; reason: string }[];
}

export interface ListOptions {
  /** File name endings read inside folders (a file named explicitly is always read). */
  extensions: readonly string[];
  /** File names never read inside folders (an index's own files). */
  ignore?: readonly string[];
}

/** Why a folder could not be listed, in words. */
function folderProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "cannot be read (permission denied)";
  if (code === "ENOENT") return "disappeared while being read";
  return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
}

export async function listDocuments(inputs: readonly string[], options: ListOptions): Promise<Listing> {
  const files = new Map<string, string>();
  const problems: Listing["problems"] = [];
  const extensions = new Set(options.extensions.map((e) => e.toLowerCase()));
  const ignore = new Set(options.ignore ?? []);

  const addFile = async (path: string) => {
    const real = await realpath(path).catch(() => path);
    if (!files.has(real)) files.set(real, path);
  };
  /**
   * `shown`: the folder as messages name it (from the input folder's own name on, never an absolute path, so the
   * manifest stays the same wherever the documents lie); `ancestors`: real paths of the folders being read above
   * this one, to tell a loop from a second link.
   */
  const walk = async (dir: string, shown: string, ancestors: Set<string>, seen: Set<string>) => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      problems.push({ name: shown, reason: `folder ${folderProblem(error)}, skipped` });
      return;
    }
    entries.sort((a, b) => compare(a.name, b.name));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const name = `${shown}/${entry.name}`;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(path).catch((error: unknown) => error as NodeJS.ErrnoException);
        if (target instanceof Error) {
          const why = target.code === "ENOENT" ? "points nowhere" : fileProblem(target);
          problems.push({ name, reason: `symbolic link ${why}, skipped` });
          continue;
        }
        isDir = target.isDirectory();
        isFile = target.isFile();
      }
      if (isDir) {
        const real = await realpath(path).catch(() => path);
        if (ancestors.has(real)) {
          problems.push({
            name,
            reason: "symbolic link loop (it leads back to a folder being read), not followed",
          });
          continue;
        }
        // A second link to a folder already read adds nothing: its files are listed once, by real path.
        if (seen.has(real)) continue;
        seen.add(real);
        await walk(path, name, new Set([...ancestors, real]), seen);
      } else if (isFile && extensions.has(extname(entry.name).toLowerCase()) && !ignore.has(entry.name)) {
        await addFile(path);
      }
    }
  };

  const seen = new Set<string>();
  for (const input of inputs) {
    const info = await stat(input).catch((error: unknown) => error as NodeJS.ErrnoException);
    if (info instanceof Error) {
      problems.push({
        name: basename(input),
        reason: info.code === "ENOENT" ? "no such file or folder" : fileProblem(info),
      });
    } else if (info.isDirectory()) {
      const real = await realpath(input).catch(() => input);
      if (seen.has(real)) continue;
      seen.add(real);
      await walk(input, basename(input.replace(/[/\\]+$/, "")) || input, new Set([real]), seen);
    } else {
      await addFile(input);
    }
  }
  const sorted = [...files.values()].sort((a, b) => compare(basename(a), basename(b)) || compare(a, b));
  return { files: sorted, problems };
}
