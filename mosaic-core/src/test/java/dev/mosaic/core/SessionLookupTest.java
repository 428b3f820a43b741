package dev.mosaic.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.jobs.Application;
import dev.mosaic.core.resume.RewriteRequest;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.Store;
import dev.mosaic.testing.CountingStore;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, deliverable 5: a facet call looks its session up once (one store call that finds, checks and slides it);
 * a write to a session erased meanwhile is refused by the store itself (the store contract's unknown-session test).
 */
class SessionLookupTest {
    private static final String RESUME = "Priya Shah\npriya@example.com\n\nExperience\nData Analyst, Acme, 2019 - 2024\n"
            + "- Built 12 SQL dashboards used by 40 managers\n\nSkills\nSQL, Tableau, Python\n";

    @Test
    void everyFacetCallThatTakesASessionLooksItUpOnce() {
        CountingStore counting = new CountingStore(Store.inMemory());
        try (Mosaic mosaic = Mosaic.builder().store(counting.store()).build()) {
            SessionId id = mosaic.sessions().create().id();
            mosaic.coach().chat(id, "I'm a data analyst with SQL and Tableau and want a senior analyst role");
            String jobId = mosaic.jobs().refresh(id).get(0).opportunity().jobId();
            Map<String, Consumer<SessionId>> calls = new LinkedHashMap<>();
            calls.put("coach.chat", s -> mosaic.coach().chat(s, "how do I ask for a raise?"));
            calls.put("coach.history", s -> mosaic.coach().history(s, 5));
            calls.put("coach.metrics", s -> mosaic.coach().metrics(s));
            calls.put("coach.analysis", s -> mosaic.coach().analysis(s, 5));
            calls.put("coach.startGuidedFlow", s -> mosaic.coach().startGuidedFlow(s, "guide me"));
            calls.put("coach.leaveGuidedFlow", s -> mosaic.coach().leaveGuidedFlow(s));
            calls.put("jobs.profile", s -> mosaic.jobs().profile(s));
            calls.put("jobs.refresh", s -> mosaic.jobs().refresh(s));
            calls.put("jobs.matches", s -> mosaic.jobs().matches(s));
            calls.put("jobs.apply", s -> mosaic.jobs().apply(s, jobId, Application.Status.APPLIED, "sent"));
            calls.put("jobs.applications", s -> mosaic.jobs().applications(s));
            calls.put("jobs.status", s -> mosaic.jobs().status(s));
            calls.put("resumes.uploads", s -> mosaic.resumes().uploads(s));
            calls.put("mosaic.summary", s -> mosaic.summary(s));
            calls.put("resumes.feedback", s -> mosaic.resumes().feedback(s, RESUME));
            calls.put("resumes.versions", s -> mosaic.resumes().versions(s));
            calls.put("resumes.upload", s -> mosaic.resumes().upload(s, "cv.txt",
                    RESUME.getBytes(StandardCharsets.UTF_8)));
            calls.put("resumes.rewrite", s -> mosaic.resumes().rewrite(s, RewriteRequest.of(RESUME)));
            calls.put("resumes.customize", s -> mosaic.resumes().customize(s, jobId, RESUME, List.of()));
            Map<String, Integer> lookups = new LinkedHashMap<>();
            calls.forEach((name, call) -> {
                counting.reset();
                call.accept(id);
                lookups.put(name, counting.sessionLookups());
            });
            assertThat(lookups).allSatisfy((name, count) -> assertThat(count).as(name).isEqualTo(1));
        }
    }
}
