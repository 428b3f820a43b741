/**
 * The curated prompt library: the {@link dev.mosaic.core.prompts.Prompts} facet, a validated, versioned
 * {@link dev.mosaic.core.prompts.PromptLibrary}, its {@link dev.mosaic.core.prompts.PromptEntry entries}, and what a
 * message matches ({@link dev.mosaic.core.prompts.MatchResult}: an entry, or an explicit no-match).
 */
package dev.mosaic.core.prompts;
