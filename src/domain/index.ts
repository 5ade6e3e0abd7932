// The domain model: zod schemas and the types inferred from them.
export * from "./answer.ts";
export * from "./assistant.ts";
export * from "./meeting.ts";
export * from "./parties.ts";
export * from "./source.ts";
