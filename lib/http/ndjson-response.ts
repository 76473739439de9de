import "server-only";

/**
 * Streams an async generator as NDJSON, one JSON value a line, as it yields. The
 * request's abort (the browser closed it) and a cancelled body both stop the generator.
 */
export function ndjsonResponse<T>(
  request: Request,
  start: (signal: AbortSignal) => AsyncGenerator<T>,
): Response {
  const stop = new AbortController();
  request.signal.addEventListener("abort", () => stop.abort(request.signal.reason), {
    once: true,
  });
  const messages = start(stop.signal);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await messages.next();
        if (next.done) return controller.close();
        controller.enqueue(encoder.encode(`${JSON.stringify(next.value)}\n`));
      } catch (error) {
        if (stop.signal.aborted) return controller.close();
        controller.error(error);
      }
    },
    async cancel(reason) {
      stop.abort(reason);
      await messages.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      // no-transform keeps compression from buffering the stream.
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
