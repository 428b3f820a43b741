package dev.mosaic.core.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mosaic.core.InvalidInputException;
import dev.mosaic.core.Mosaic;
import dev.mosaic.core.NotFoundException;
import dev.mosaic.core.internal.resume.FabricationGuard;
import dev.mosaic.core.internal.resume.Rewriter;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.ChatModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rewrite and tailoring invent nothing (RELIABILITY F2, F3); the model's output passes the guard or is replaced. */
class RewriteTest {
    static final String SOURCE = String.join("\n",
            "Priya Nair", "priya@example.com | 020 7946 0958",
            "Work history:",
            "Data Analyst, Harbor Retail, 2021-2024",
            "* Responsible for the weekly trading dashboard in Tableau",
            "* I helped with SQL reports for 4 buying teams",
            "* Worked on a Python forecast that cut stock-outs by 12%",
            "education",
            "BSc Economics, University of Leeds, 2020",
            "Technical skills",
            "SQL, Tableau, Python, Excel, team player");

    @Test
    void theOfflineRewriteCleansWithoutInventing() {
        String rewritten = Rewriter.rewrite(SOURCE);
        assertThat(rewritten).contains("EXPERIENCE", "EDUCATION", "SKILLS")
                .contains("- Owned the weekly trading dashboard in Tableau")
                .contains("- Delivered a Python forecast that cut stock-outs by 12%")
                .doesNotContain("team player").doesNotContain("Responsible for");
        assertThat(FabricationGuard.inventions(SOURCE, rewritten)).isEmpty();
    }

    @Test
    void theGuardCatchesEverySeededFabrication() {
        String clean = Rewriter.rewrite(SOURCE);
        List<String> seeded = List.of(
                clean.replace("Harbor Retail", "Harbor Retail and Google"),
                clean.replace("Data Analyst", "Senior Data Scientist"),
                clean.replace("2021-2024", "2018-2024"),
                clean.replace("BSc Economics", "MSc Economics"),
                clean + "\nCERTIFICATIONS\nPMP, AWS",
                clean.replace("12%", "35%"),
                clean.replace("4 buying teams", "14 buying teams"),
                clean + "\nManaged a budget of 2,000,000");
        for (String fabricated : seeded) {
            assertThat(FabricationGuard.inventions(SOURCE, fabricated)).as(fabricated).isNotEmpty();
        }
        assertThat(FabricationGuard.stripForeignLinks(SOURCE, clean + "\nSee https://evil.example/x and "
                + "![img](http://x/y.png)")).doesNotContain("evil.example").doesNotContain("x/y.png");
    }

    @Test
    void tailoringReordersSurfacesMatchesAndListsGaps() {
        Mosaic mosaic = Mosaic.builder().build();
        SessionId id = mosaic.sessions().create().id();
        String job = mosaic.jobs().opportunities().stream()
                .filter(o -> o.mustHave().contains("sql") && o.role().toLowerCase().contains("analyst"))
                .findFirst().orElseThrow().jobId();
        RewriteResult tailored = mosaic.resumes().customize(id, job, SOURCE, List.of("python", "kubernetes"));
        assertThat(tailored.matchingSkills()).contains("sql").first().isEqualTo("python");
        assertThat(tailored.gaps()).contains("kubernetes").doesNotContainAnyElementsOf(tailored.matchingSkills());
        assertThat(tailored.version().content()).contains("RELEVANT SKILLS FOR").doesNotContain("kubernetes");
        assertThat(FabricationGuard.inventions(SOURCE, tailored.version().content()
                .replaceAll("RELEVANT SKILLS FOR .*", ""))).isEmpty();
        assertThat(mosaic.resumes().versions(id)).first().satisfies(v -> assertThat(v.jobId()).contains(job));
        assertThatThrownBy(() -> mosaic.resumes().customize(id, "nope", SOURCE, List.of()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aModelRewriteIsUsedOnlyWhenItInventsNothing() {
        Mosaic honest = Mosaic.builder().ai(model(Rewriter.rewrite(SOURCE).replace("Owned", "Ran"))).build();
        SessionId a = honest.sessions().create().id();
        RewriteResult fromModel = honest.resumes().rewrite(a, RewriteRequest.of(SOURCE));
        assertThat(fromModel.byModel()).isTrue();
        assertThat(fromModel.version().content()).contains("Ran the weekly trading dashboard");

        Mosaic inventive = Mosaic.builder().ai(model(Rewriter.rewrite(SOURCE).replace("Harbor Retail", "Amazon")))
                .build();
        SessionId b = inventive.sessions().create().id();
        RewriteResult guarded = inventive.resumes().rewrite(b, RewriteRequest.builder().source(SOURCE)
                .versionName("v2").build());
        assertThat(guarded.byModel()).isFalse();
        assertThat(guarded.version().content()).doesNotContain("Amazon").contains("Harbor Retail");
        assertThat(guarded.version().name()).isEqualTo("v2");
    }

    @Test
    void rewriteFallsBackToTheLatestVersionAndNeedsSomeSource() {
        Mosaic mosaic = Mosaic.builder().build();
        SessionId id = mosaic.sessions().create().id();
        assertThatThrownBy(() -> mosaic.resumes().rewrite(id, RewriteRequest.latestDocument()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("source");
        mosaic.resumes().feedback(id, SOURCE);
        RewriteResult result = mosaic.resumes().rewrite(id, RewriteRequest.latestDocument());
        assertThat(result.version().content()).contains("Priya Nair", "EXPERIENCE");
    }

    private static ChatModel model(String reply) {
        return new ChatModel() {
            @Override
            public String name() {
                return "fake";
            }

            @Override
            public ChatModel.Response complete(ChatModel.Request request) {
                return new ChatModel.Response(reply, "fake", 10, 10);
            }
        };
    }
}
