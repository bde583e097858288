// The AppError a data function threw, for asserting refusals. Matched by name, not instanceof:
// each test file loads the service modules in its own module registry (vi.resetModules).
export type Refusal = {
  name: string;
  code: string;
  fieldErrors?: Record<string, string[]>;
  details?: Record<string, unknown>;
  messageKey?: string;
  messageValues?: Record<string, unknown>;
};

export async function refusal(p: Promise<unknown>): Promise<Refusal> {
  try {
    await p;
  } catch (e) {
    if ((e as Refusal | null)?.name === "AppError") return e as Refusal;
    throw e;
  }
  throw new Error("expected a refusal");
}
