package dev.mosaic.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.Mosaic;
import dev.mosaic.core.coach.CoachReply;
import dev.mosaic.testing.EvaluationFiles;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * What the semantic layer changes for the triage sets' vague and ordinary messages at the coach: a vague message
 * ("idk", "just feeling stuck") must still get a clarifying question, and the layer may answer an ordinary message
 * the rules found vague. Printed for both halves of the triage set; the floor guards the held-out half's vague
 * messages (issue 15's figures must hold).
 */
class VagueAndSemanticTest {
    @Test
    void vagueMessagesStillGetAQuestionWithTheSemanticLayerOn() {
        Map<String, Double> clarified = new TreeMap<>();
        for (String file : List.of("tuning.csv", "heldout-v3.csv")) {
            List<CSVRecord> rows = EvaluationFiles.rows("/evaluation/triage/" + file);
            for (String label : List.of("vague", "ordinary")) {
                int[] lexical = sources(rows, label, false);
                int[] semantic = sources(rows, label, true);
                System.out.printf("triage %s, %s (%d): clarifying question lexical %d, semantic %d; answered lexical %d,"
                        + " semantic %d%n", file, label, lexical[2], lexical[0], semantic[0], lexical[1], semantic[1]);
                clarified.put(file + "/" + label, 100.0 * semantic[0] / Math.max(1, semantic[2]));
                if (label.equals("vague")) {
                    clarified.put(file + "/vague-lexical", 100.0 * lexical[0] / Math.max(1, lexical[2]));
                }
            }
        }
        assertThat(clarified.get("heldout-v3.csv/vague"))
                .as("held-out vague messages that still get a question with the semantic layer on")
                .isGreaterThanOrEqualTo(clarified.get("heldout-v3.csv/vague-lexical") - 5);
    }

    /** {clarifying questions, library or model answers, messages} for the rows with that label, each a new session. */
    private static int[] sources(List<CSVRecord> rows, String label, boolean semantic) {
        Mosaic.Builder builder = Mosaic.builder();
        if (semantic) {
            builder.embedder(Fixtures.MODEL);
        }
        int[] counts = new int[3];
        try (Mosaic mosaic = builder.build()) {
            for (CSVRecord row : rows) {
                if (!row.get("label").equals(label)) {
                    continue;
                }
                CoachReply reply = mosaic.coach().chat(mosaic.sessions().create().id(), row.get("message"));
                counts[2]++;
                counts[0] += reply.source() == CoachReply.Source.CLARIFY ? 1 : 0;
                counts[1] += reply.source() == CoachReply.Source.LIBRARY ? 1 : 0;
            }
        }
        return counts;
    }
}
