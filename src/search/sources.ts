// The optional sources file (sources.json in the index directory): per source document, its official URL.
//
// Format — an object keyed by the source file name as listed in manifest.json:
//   { "000_ba4137c0fa87d1a0.txt": { "url": "https://…/referat.pdf", "municipality": "Helsingør" } }
// Both fields are optional. `url` is the official minutes (a PDF link gets `#page=N` deep links); `municipality`
// overrides the municipality read from the text. Only list URLs you have checked: never guess them.
import { z } from "zod";

export const SOURCES_FILE = "sources.json";

export const SourceSchema = z
  .object({
    url: z.url({ protocol: /^https?$/ }).optional(),
    municipality: z.string().min(1).optional(),
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;

export const SourceMapSchema = z.record(z.string().min(1), SourceSchema);
export type SourceMap = z.infer<typeof SourceMapSchema>;
