/**
 * Resumes: the {@link dev.mosaic.core.resume.Resumes} facet for uploads, feedback with line numbers, rewriting that
 * invents nothing ({@link dev.mosaic.core.resume.RewriteRequest}) and tailoring to a posting, and the values they
 * return.
 */
package dev.mosaic.core.resume;
