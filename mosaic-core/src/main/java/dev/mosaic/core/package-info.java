/**
 * Mosaic's SDK: build a {@link dev.mosaic.core.Mosaic} with {@link dev.mosaic.core.Mosaic#builder()}, share it, and
 * use its facets: {@code coach()} (coaching turns, metrics, analysis, the guided flow), {@code prompts()} (the
 * prompt library and matching), {@code jobs()} (opportunities, matching, the application pipeline),
 * {@code resumes()} (uploads, feedback, rewrite, tailoring) and {@code sessions()}. Failures are unchecked
 * {@link dev.mosaic.core.MosaicException}s with a stable code; {@link dev.mosaic.core.InvalidInputException} names
 * the argument that was wrong. Close the {@code Mosaic} when the application stops.
 */
package dev.mosaic.core;
