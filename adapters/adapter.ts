// What every platform adapter is: something that starts serving questions and stops cleanly.
export interface Adapter {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
}
