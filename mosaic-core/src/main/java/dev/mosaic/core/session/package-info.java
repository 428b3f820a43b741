/**
 * Sessions: the {@link dev.mosaic.core.session.Sessions} facet, a {@link dev.mosaic.core.session.Session} with its
 * sliding expiry, and its random {@link dev.mosaic.core.session.SessionId}.
 */
package dev.mosaic.core.session;
