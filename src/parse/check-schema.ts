// Checks a large value against a zod schema a part at a time: the same first issue, without a copy of the whole value.
import { z } from "zod";

/** Arrays longer than this are checked one element at a time. */
const LARGE = 256;
/** How deep a long array is looked for: a meeting's items, an item's decisions. */
const DEPTH = 3;

/** An issue zod reports, with its path from the top. */
export interface SchemaIssue {
  path: PropertyKey[];
  message: string;
}

/**
 * `schema.safeParse(value).error.issues[0]` (null when the value fits), found by checking the fields of an object
 * that holds a long array, and the elements of a long array, one at a time, in zod's order. zod builds the parsed
 * copy of all it checks before it returns: for a Meeting of a hundred thousand votes that copy was as large as the
 * Meeting itself, and outlived the young generation. Checked in parts, each part's copy goes as soon as it is made.
 * Only objects and arrays without checks of their own (and objects that drop unknown keys) are split.
 */
export function firstIssue(schema: z.ZodType, value: unknown): SchemaIssue | null {
  if (schema instanceof z.ZodObject && plainObject(schema) && isRecord(value) && bulky(value, DEPTH)) {
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      const issue = firstIssue(field, value[key]);
      // The path is built on the way out, for the one part that fails, not for every part checked.
      if (issue) return { path: [key, ...issue.path], message: issue.message };
    }
    return null;
  }
  if (schema instanceof z.ZodArray && plainArray(schema) && Array.isArray(value) && bulky(value, DEPTH)) {
    const element = schema.element as z.ZodType;
    for (let i = 0; i < value.length; i++) {
      const issue = firstIssue(element, value[i]);
      if (issue) return { path: [i, ...issue.path], message: issue.message };
    }
    return null;
  }
  const checked = schema.safeParse(value);
  if (checked.success) return null;
  const issue = checked.error.issues[0];
  return { path: [...(issue?.path ?? [])], message: issue?.message ?? "invalid" };
}

/** True when `value` is, or holds within `depth` levels, an array longer than `LARGE`. */
function bulky(value: unknown, depth: number): boolean {
  if (Array.isArray(value)) {
    if (value.length > LARGE) return true;
    if (depth > 0) for (const e of value) if (bulky(e, depth - 1)) return true;
    return false;
  }
  if (depth > 0 && isRecord(value)) for (const key in value) if (bulky(value[key], depth - 1)) return true;
  return false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An object schema without checks of its own that drops unknown keys (a strict one would report those too). */
function plainObject(schema: z.ZodObject): boolean {
  return (schema._zod.def.checks ?? []).length === 0 && schema._zod.def.catchall === undefined;
}

/** An array schema without checks of its own (a length limit is checked on the whole array). */
function plainArray(schema: z.ZodArray): boolean {
  return (schema._zod.def.checks ?? []).length === 0;
}
