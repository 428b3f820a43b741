package dev.mosaic.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LogTextTest {
    /** What the one-pass scan replaces, written as the regular expression it replaced. */
    private static final Pattern SESSION_ID = Pattern.compile("(?<![0-9a-fA-F])[0-9a-f]{32}(?![0-9a-fA-F])");

    @Test
    void theOnePassScanReplacesWhatTheRegularExpressionMatched() {
        SplittableRandom random = new SplittableRandom(16);
        String alphabet = "0123456789abcdefABCDEFxz -:\n";
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            int parts = random.nextInt(6);
            for (int p = 0; p < parts; p++) {
                if (random.nextBoolean()) {
                    int length = 30 + random.nextInt(5); // ids and near misses: 30 to 34 hex digits
                    for (int i = 0; i < length; i++) {
                        text.append("0123456789abcdef".charAt(random.nextInt(16)));
                    }
                } else {
                    for (int i = random.nextInt(8); i > 0; i--) {
                        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                }
            }
            assertThat(LogText.withoutSessionIds(text.toString())).as("%s", text).isEqualTo(byRegex(text.toString()));
        }
    }

    @Test
    void aLineWithoutAnIdIsReturnedAsItIs() {
        String line = "GET /health 200 0ms session=-";
        assertThat(LogText.withoutSessionIds(line)).isSameAs(line);
        assertThat(LogText.withoutSessionIds("")).isEmpty();
    }

    private static String byRegex(String text) {
        Matcher id = SESSION_ID.matcher(text);
        StringBuilder out = new StringBuilder();
        while (id.find()) {
            id.appendReplacement(out, "id:" + dev.mosaic.core.session.SessionId.parse(id.group())
                    .map(dev.mosaic.core.session.SessionId::logTag).orElse("?"));
        }
        return id.appendTail(out).toString();
    }
}
