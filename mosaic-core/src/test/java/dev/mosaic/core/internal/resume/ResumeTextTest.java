package dev.mosaic.core.internal.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The linear-time readers find what the backtracking patterns they replace found, on random text short enough for
 * those patterns to finish.
 */
class ResumeTextTest {
    private static final Pattern OLD_EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern OLD_PHONE = Pattern.compile("\\+?\\d[\\d ().-]{7,}\\d");
    private static final Pattern OLD_PASSIVE = Pattern.compile("\\b(?:was|were|been|being|is|are)\\b.*?\\b\\w+(?:ed|en)"
            + "\\b.*?\\bby\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void readsOrdinaryResumesAsBefore() {
        assertThat(ResumeText.firstPhone("Call +44 20 7946 0958 or (555) 123-4567")).contains("+44 20 7946 0958");
        assertThat(ResumeText.firstPhone("Phone: (555) 123-4567")).contains("555) 123-4567");
        assertThat(ResumeText.firstPhone("Acme 2019-2024, then 2024-2025")).isEmpty();
        assertThat(ResumeText.passiveWithAgent("The report was Prepared weekly BY me")).isTrue();
        assertThat(ResumeText.passiveWithAgent("Prepared the report, was it by me?")).isFalse();
        assertThat(ResumeText.EMAIL.matcher("mail jane.doe+cv@mail.example.co.uk now").results()
                .map(MatchResult::group).toList()).containsExactly("jane.doe+cv@mail.example.co.uk");
    }

    @Test
    void findsWhatTheBacktrackingPatternsFoundOnRandomText() {
        String[] pieces = {"a", "b", "1", "9", " ", "(", ")", ".", "-", "+", "@", "_", "x.y", "was", "is", "been",
            "made", "taken", "by", "BY", "Was", "\t", ",", "555", "2019", "ed", "en", "\u00e9"};
        SplittableRandom random = new SplittableRandom(11);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(3) == 0) {
                    text.append(' ');
                }
            }
            String line = text.toString();
            assertThat(ResumeText.firstPhone(line)).as("phone in [%s]", line).isEqualTo(oldPhone(line));
            assertThat(ResumeText.passiveWithAgent(line)).as("passive in [%s]", line)
                    .isEqualTo(OLD_PASSIVE.matcher(line).find());
            assertThat(ResumeText.EMAIL.matcher(line).results().map(MatchResult::group).toList()).as("emails in [%s]", line)
                    .isEqualTo(OLD_EMAIL.matcher(line).results().map(MatchResult::group).toList());
        }
    }

    /** What {@code ResumeReview.hasPhoneNumber} and {@code ReadDocument.Structure.read} did before. */
    private static Optional<String> oldPhone(String text) {
        Matcher matcher = OLD_PHONE.matcher(text);
        while (matcher.find()) {
            long digits = matcher.group().chars().filter(Character::isDigit).count();
            if (digits >= 9 && digits <= 15) {
                return Optional.of(matcher.group().strip());
            }
        }
        return Optional.empty();
    }
}
