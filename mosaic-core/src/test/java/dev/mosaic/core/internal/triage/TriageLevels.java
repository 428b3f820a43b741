package dev.mosaic.core.internal.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.care.Care;

/** What the bundled rules alone make of messages, for the tests that hold each round's rules. */
final class TriageLevels {
    private TriageLevels() {
    }

    /** {@return the care level the rules alone give a message, or null when they give none} */
    static Care.Level level(String message) {
        return Triage.bundled().assess(message).kind().map(Care.Kind::level).orElse(null);
    }

    /**
     * Asserts the level the rules give each message.
     *
     * @param expected the level, or null for none
     * @param messages the messages
     */
    static void assertLevel(Care.Level expected, String... messages) {
        for (String message : messages) {
            assertThat(level(message)).as(message).isEqualTo(expected);
        }
    }

    /**
     * Asserts the verdict the rules give each message.
     *
     * @param expected the verdict
     * @param messages the messages
     */
    static void assertVerdict(Verdict expected, String... messages) {
        for (String message : messages) {
            assertThat(Triage.bundled().assess(message).verdict()).as(message).isEqualTo(expected);
        }
    }

    /**
     * Asserts that the rules give each message no care and leave the nearest labelled messages none to add: words of
     * care explained away, or a question for the rules alone (a goodbye for now, the app, safety at work).
     *
     * @param messages the messages
     */
    static void assertLeftToRules(String... messages) {
        for (String message : messages) {
            TriageResult result = Triage.bundled().assess(message);
            assertThat(result.care()).as(message).isFalse();
            assertThat(result.explained()).as(message + ": no neighbour may add care").isTrue();
        }
    }
}
