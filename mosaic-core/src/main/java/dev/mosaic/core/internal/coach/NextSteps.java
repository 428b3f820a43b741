package dev.mosaic.core.internal.coach;

import dev.mosaic.core.coach.Metric;
import java.util.List;

/**
 * Next steps for a metric, for replies whose library entry has none of its own (a library in an earlier format) and
 * for the analysis. A session gets each at most once, in this order.
 */
final class NextSteps {
    static final String NAME_THE_ROLE =
            "Write one sentence that names the role or field you want and one thing it must give you.";

    private NextSteps() {
    }

    static List<String> forMetric(Metric weakest) {
        return switch (weakest) {
            case CLARITY -> List.of(NAME_THE_ROLE,
                    "List three jobs you would happily try for a month, and circle the one that pulls at you most.",
                    "Ask one person who knows your work what they could see you doing next, and note what surprises "
                            + "you.");
            case ACTION -> List.of(
                    "Pick one concrete step you can finish by Friday, and put it in your calendar now.",
                    "Block 30 minutes this week for the first small step, and decide now what done looks like.",
                    "Tell one person what you will do this week and when you will report back.");
            case MOMENTUM -> List.of(
                    "Do the smallest version of your next step today, then tell me how it went.",
                    "Write down one thing that moved forward this week, however small.",
                    "Choose a next step that takes under 15 minutes and do it before the day ends.");
        };
    }
}
