package dev.mosaic.core.care;

import java.util.Locale;

/** How serious a care reply is. */
public enum CareLevel {
    /** The person is not okay right now (crying, panic, physical stress symptoms, a job lost today). */
    DISTRESS,
    /** Thoughts of suicide or self-harm, abuse or violence, or immediate danger. */
    CRISIS;

    /** {@return the lowercase JSON name} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
