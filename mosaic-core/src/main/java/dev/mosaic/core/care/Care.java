package dev.mosaic.core.care;

import dev.mosaic.core.internal.Checks;
import java.util.List;
import java.util.Locale;

/**
 * What a care reply responded to, and where the person can turn.
 *
 * @param level distress or crisis
 * @param kind what the message said (the most urgent kind when it said several)
 * @param resources for a crisis, the resources the reply names (the emergency number among them); empty for
 *     distress
 */
public record Care(Care.Level level, Care.Kind kind, List<CareResources.Resource> resources) {
    /** Validates and copies. */
    public Care {
        Checks.present(level, "level");
        Checks.present(kind, "kind");
        resources = Checks.list(resources, "resources");
        if (kind.level() != level) {
            throw new dev.mosaic.core.InvalidInputException("kind", kind.key() + " belongs to " + kind.level().key()
                    + ", not " + level.key());
        }
        if (level == Care.Level.CRISIS && resources.isEmpty()) {
            throw new dev.mosaic.core.InvalidInputException("resources", "a crisis reply must name resources");
        }
    }

    /** How serious a care reply is. */
    public enum Level {
        /** The person is not okay right now (crying, panic, physical stress symptoms, a job lost today). */
        DISTRESS,
        /** Thoughts of suicide or self-harm, abuse or violence, or immediate danger. */
        CRISIS;

        /** {@return the lowercase JSON name} */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a care reply responds to. Each kind belongs to one {@link Care.Level}. */
    public enum Kind {
        /** Thoughts of suicide or of not wanting to live. */
        SUICIDE(Care.Level.CRISIS),
        /** Hurting oneself. */
        SELF_HARM(Care.Level.CRISIS),
        /** Abuse, violence or threats at home or at work. */
        ABUSE(Care.Level.CRISIS),
        /** Immediate danger: an attempt under way, a threat at the door. */
        DANGER(Care.Level.CRISIS),
        /** Someone the person knows is thinking of suicide or self-harm. */
        SOMEONE_AT_RISK(Care.Level.CRISIS),
        /** Crying, breaking down. */
        CRYING(Care.Level.DISTRESS),
        /** Panic attacks. */
        PANIC(Care.Level.DISTRESS),
        /** Overwhelmed to the point of not coping, falling apart. */
        OVERWHELMED(Care.Level.DISTRESS),
        /** Numb, empty, feeling nothing. */
        NUMB(Care.Level.DISTRESS),
        /** Exhausted beyond coping. */
        EXHAUSTION(Care.Level.DISTRESS),
        /** Physical stress symptoms: chest pains, a racing heart, not sleeping, being sick before work. */
        PHYSICAL(Care.Level.DISTRESS),
        /** A job lost today. */
        JOB_LOSS(Care.Level.DISTRESS);

        private final Care.Level level;

        Kind(Care.Level level) {
            this.level = level;
        }

        /** {@return the level this kind belongs to} */
        public Care.Level level() {
            return level;
        }

        /** {@return the lowercase JSON name} */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
