/**
 * Job matching: the {@link dev.mosaic.core.jobs.Jobs} facet, {@link dev.mosaic.core.jobs.Opportunity postings}, a
 * session's {@link dev.mosaic.core.jobs.Profile}, {@link dev.mosaic.core.jobs.JobMatch matches} with their fit and
 * reasons, and the {@link dev.mosaic.core.jobs.Application application} pipeline.
 */
package dev.mosaic.core.jobs;
