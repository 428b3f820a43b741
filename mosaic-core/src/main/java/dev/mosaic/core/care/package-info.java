/**
 * Care before coaching: what Mosaic does when a message says the person is not okay.
 *
 * <p>Every coaching turn is triaged before the prompt library, the model and the metrics' next step are
 * consulted. A message about suicide, self-harm, abuse or immediate danger gets a fixed, reviewed reply with the
 * crisis resources of {@link dev.mosaic.core.care.CareResources} (never text written by a model); a message of
 * acute distress (crying, panic, physical stress symptoms, a job lost today) gets a warm reply that postpones
 * planning. {@link dev.mosaic.core.coach.CoachReply#care()} carries the outcome as a {@link dev.mosaic.core.care.Care}.
 *
 * <p>Triage is a set of reviewed word patterns, not a clinical tool: it can miss what a person does not say in
 * words it knows, and it never diagnoses anything.
 */
package dev.mosaic.core.care;
