// Worker threads start from plain JavaScript: register the TypeScript loader in this thread, then run the worker.
import { register } from "tsx/esm/api";

register();
await import("./engine-worker.ts");
