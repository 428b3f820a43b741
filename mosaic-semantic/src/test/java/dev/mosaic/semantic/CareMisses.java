package dev.mosaic.semantic;

import dev.mosaic.core.care.Care;
import dev.mosaic.core.internal.triage.CareNeighbours;
import dev.mosaic.core.internal.triage.Triage;
import dev.mosaic.core.internal.triage.TriageResult;
import dev.mosaic.testing.EvaluationFiles;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Lists what triage got wrong on a development set ({@code -Dcare.misses=heldout-v8.csv}); opt-in, for tuning only
 * (never run it on the newest held-out set before it has been measured).
 */
class CareMisses {
    @Test
    @EnabledIfSystemProperty(named = "care.misses", matches = ".+")
    void list() {
        for (CSVRecord row : EvaluationFiles.rows("/evaluation/triage/" + System.getProperty("care.misses"))) {
            String message = row.get("message");
            TriageResult rules = Triage.bundled().assess(message);
            CareNeighbours.Reading read = SemanticCareTest.NEIGHBOURS.read(message, rules, Fixtures.MODEL);
            TriageResult both = rules.withNeighbours(read, message);
            Optional<Care.Kind> kind = both.kind();
            String label = row.get("label");
            boolean crisis = kind.map(k -> k.level() == Care.Level.CRISIS).orElse(false);
            boolean declined = both.verdict() == dev.mosaic.core.internal.triage.Verdict.OFF_TOPIC;
            String problem = switch (label) {
                case "crisis" -> crisis ? "" : kind.isPresent() ? "CRISIS AS DISTRESS" : "CRISIS MISSED";
                case "distress" -> kind.isPresent() ? "" : "DISTRESS MISSED";
                case "ordinary" -> kind.isPresent() ? "FALSE ALARM " + kind.get() + (rules.care() ? " (rules)" : "")
                        : declined ? "ORDINARY DECLINED" : "";
                case "off_topic" -> declined ? "" : "OFF-TOPIC ANSWERED";
                default -> kind.isPresent() ? "VAGUE CARE" : declined ? "VAGUE DECLINED" : "";
            };
            if (!problem.isEmpty()) {
                System.out.println(problem + " [" + row.get("kind") + "] " + message);
            }
        }
    }
}
