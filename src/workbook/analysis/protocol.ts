/** Messages between the page and an exercise's analysis worker; each run has an id its answers repeat. */
export type AnalysisMessage<Request> = { kind: 'run'; id: number; request: Request };

export type AnalysisReply<Result> =
  | { kind: 'progress'; id: number; fraction: number }
  | { kind: 'done'; id: number; result: Result }
  | { kind: 'failed'; id: number; message: string };
