import { getDashboardConfig } from "@/lib/cloudtrail/dashboard-config";
import { scanEvents } from "@/lib/cloudtrail/scan-events";
import { scanRequestFromSearchParams } from "@/lib/events/scan-request";

export const dynamic = "force-dynamic";

/**
 * Streams a view's scan as NDJSON, one ScanMessage a line, as pages arrive. A GET route
 * rather than a server action: the browser reads it as a stream, runs several at once, and
 * cancels by closing the request, which stops the scan here.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const parsed = scanRequestFromSearchParams(params, getDashboardConfig().regions, Date.now());
  if (!parsed.ok) {
    return Response.json(
      { error: { code: "BadRequest", message: parsed.error, retryable: false } },
      { status: 400 },
    );
  }

  const stop = new AbortController();
  request.signal.addEventListener("abort", () => stop.abort(request.signal.reason), {
    once: true,
  });
  const messages = scanEvents(parsed.request, stop.signal);
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
