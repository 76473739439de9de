/** Reads an NDJSON body, yielding the values that arrived together as one batch. */
export async function* readNdjson<T>(body: ReadableStream<Uint8Array>): AsyncGenerator<T[]> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    const batch = lines.filter(Boolean).map((line) => JSON.parse(line) as T);
    if (batch.length > 0) yield batch;
  }
}
