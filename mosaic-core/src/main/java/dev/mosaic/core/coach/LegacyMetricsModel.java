package dev.mosaic.core.coach;

import dev.mosaic.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The earlier product's word-count formula, reproduced exactly (see {@link MetricsModel#legacy}). */
final class LegacyMetricsModel implements MetricsModel {
    // Python's \w is Unicode-aware; UNICODE_CHARACTER_CLASS makes Java's \w agree on accented letters and digits.
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private final Metrics start;

    LegacyMetricsModel(Metrics start) {
        this.start = Checks.present(start, "start");
    }

    @Override
    public String name() {
        return "legacy";
    }

    @Override
    public Metrics initial() {
        return start;
    }

    @Override
    public MetricsModel.Score score(Metrics current, String message, List<Coach.Turn> earlier) {
        int words = 0;
        Matcher matcher = WORD.matcher(message);
        while (matcher.find()) {
            words++;
        }
        boolean thanks = message.toLowerCase(Locale.ROOT).contains("thank");
        int clarityGain = Math.min(words / 12, 6) + (thanks ? 4 : 0);
        int actionGain = Math.min(words / 18, 5);
        int momentumGain = Math.min(words / 20, 4);

        List<MetricsModel.Signal> signals = new ArrayList<>(4);
        String count = words + " words";
        signals.add(new MetricsModel.Signal(Metric.CLARITY, MetricsModel.Signal.Kind.WORD_COUNT, Math.min(words / 12, 6), count));
        if (thanks) {
            signals.add(new MetricsModel.Signal(Metric.CLARITY, MetricsModel.Signal.Kind.THANKS, 4, "thank"));
        }
        signals.add(new MetricsModel.Signal(Metric.ACTION, MetricsModel.Signal.Kind.WORD_COUNT, actionGain, count));
        signals.add(new MetricsModel.Signal(Metric.MOMENTUM, MetricsModel.Signal.Kind.WORD_COUNT, momentumGain, count));
        Metrics next = Metrics.clamped(current.clarity() + clarityGain, current.action() + actionGain,
                current.momentum() + momentumGain);
        return new MetricsModel.Score(next, signals);
    }
}
