import { z } from "zod";

// Runs in the browser before the app's own code. zod compiles object schemas with
// new Function() where a page allows it, and finds out by trying; under Trailscope's
// Content-Security-Policy the try is a violation the browser reports. Interpret instead.
z.config({ jitless: true });
