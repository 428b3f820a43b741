package dev.mosaic.core.internal.triage;

/** What triage concluded about a message. */
public enum Verdict {
    /** Suicide, self-harm, abuse or immediate danger: the fixed crisis reply. */
    CRISIS,
    /** Not okay right now: care first, planning later. */
    DISTRESS,
    /** Not about work, career or how work feels: an honest decline. */
    OFF_TOPIC,
    /** About the person but too unclear to answer: a clarifying question. */
    VAGUE,
    /** A career message: the library, the model and the metrics. */
    COACHING
}
