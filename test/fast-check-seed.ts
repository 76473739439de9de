import fc from "fast-check";

/**
 * The unit fuzz tests draw the same inputs on every run, so a red run is always a real
 * finding that the next run repeats. FUZZ_SEED explores other inputs; a failure prints its
 * seed and path to replay it.
 */
fc.configureGlobal({ seed: Number(process.env.FUZZ_SEED ?? 20261124) });
