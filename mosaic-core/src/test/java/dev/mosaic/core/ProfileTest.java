package dev.mosaic.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.jobs.Profile;
import dev.mosaic.core.session.SessionId;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The job-matching profile (issue 16, W3): read from the newest documents and the conversation, worked out again
 * only when they change.
 */
class ProfileTest {
    private final Mosaic mosaic = Mosaic.builder().build();

    @Test
    void theProfileIsWorkedOutOnceUntilTheSessionsTextChanges() {
        SessionId id = mosaic.sessions().create().id();
        mosaic.resumes().upload(id, "cv.txt", "Nurse with 6 years in ICU, Python and SQL".getBytes(
                StandardCharsets.UTF_8));
        Profile first = mosaic.jobs().profile(id);
        assertThat(mosaic.jobs().profile(id)).as("nothing changed: the same profile").isSameAs(first);
        mosaic.coach().chat(id, "I also know Kubernetes and I want a remote role");
        Profile second = mosaic.jobs().profile(id);
        assertThat(second).isNotSameAs(first);
        assertThat(second.prefersRemote()).isTrue();
    }

    @Test
    void onlyTheNewestResumeVersionsAreRead() {
        SessionId id = mosaic.sessions().create().id();
        mosaic.resumes().feedback(id, "Data engineer: Kubernetes, Terraform");
        assertThat(mosaic.jobs().profile(id).skills()).contains("kubernetes");
        for (int i = 0; i < 3; i++) {
            mosaic.resumes().feedback(id, "Registered nurse, ICU, draft " + i);
        }
        assertThat(mosaic.jobs().profile(id).skills()).as("the fourth-newest version is not read")
                .doesNotContain("kubernetes");
    }
}
