package dev.mosaic.core.care;

import java.util.Locale;

/** What a care reply responds to. Each kind belongs to one {@link CareLevel}. */
public enum CareKind {
    /** Thoughts of suicide or of not wanting to live. */
    SUICIDE(CareLevel.CRISIS),
    /** Hurting oneself. */
    SELF_HARM(CareLevel.CRISIS),
    /** Abuse, violence or threats at home or at work. */
    ABUSE(CareLevel.CRISIS),
    /** Immediate danger: an attempt under way, a threat at the door. */
    DANGER(CareLevel.CRISIS),
    /** Someone the person knows is thinking of suicide or self-harm. */
    SOMEONE_AT_RISK(CareLevel.CRISIS),
    /** Crying, breaking down. */
    CRYING(CareLevel.DISTRESS),
    /** Panic attacks. */
    PANIC(CareLevel.DISTRESS),
    /** Overwhelmed to the point of not coping, falling apart. */
    OVERWHELMED(CareLevel.DISTRESS),
    /** Numb, empty, feeling nothing. */
    NUMB(CareLevel.DISTRESS),
    /** Exhausted beyond coping. */
    EXHAUSTION(CareLevel.DISTRESS),
    /** Physical stress symptoms: chest pains, a racing heart, not sleeping, being sick before work. */
    PHYSICAL(CareLevel.DISTRESS),
    /** A job lost today. */
    JOB_LOSS(CareLevel.DISTRESS);

    private final CareLevel level;

    CareKind(CareLevel level) {
        this.level = level;
    }

    /** {@return the level this kind belongs to} */
    public CareLevel level() {
        return level;
    }

    /** {@return the lowercase JSON name} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
