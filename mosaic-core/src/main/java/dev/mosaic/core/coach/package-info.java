/**
 * Coaching: the {@link dev.mosaic.core.coach.Coach} facet, its replies ({@link dev.mosaic.core.coach.CoachReply},
 * with where each came from, {@link dev.mosaic.core.coach.CoachReply.Source}), the clarity / action / momentum
 * {@link dev.mosaic.core.coach.Metrics} and the {@link dev.mosaic.core.coach.MetricsModel.Signal}s that explain them, the
 * conversation's {@link dev.mosaic.core.coach.Coach.Turn}s, and the {@link dev.mosaic.core.coach.MetricsModel} SPI.
 */
package dev.mosaic.core.coach;
