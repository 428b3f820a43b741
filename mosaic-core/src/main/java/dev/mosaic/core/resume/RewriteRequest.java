package dev.mosaic.core.resume;

import dev.mosaic.core.internal.Checks;
import java.util.Optional;

/**
 * What {@link Resumes#rewrite} rewrites and how the version is labelled. Immutable and thread-safe.
 *
 * <pre>{@code
 * resumes.rewrite(session, RewriteRequest.of(text));                          // this text
 * resumes.rewrite(session, RewriteRequest.latestDocument());                  // the newest upload or version
 * resumes.rewrite(session, RewriteRequest.builder().source(text).jobId("sw-001").versionName("for Acme").build());
 * }</pre>
 */
public final class RewriteRequest {
    private static final RewriteRequest LATEST = new Builder().build();

    private final Optional<String> source;
    private final Optional<String> jobId;
    private final Optional<String> versionName;

    private RewriteRequest(Builder builder) {
        this.source = builder.source;
        this.jobId = builder.jobId;
        this.versionName = builder.versionName;
    }

    /**
     * {@return a request to rewrite this text}
     *
     * @param source the resume text
     */
    public static RewriteRequest of(String source) {
        return builder().source(source).build();
    }

    /** {@return a request to rewrite the session's newest upload, or else its newest version} */
    public static RewriteRequest latestDocument() {
        return LATEST;
    }

    /** {@return a builder: without a source, the session's newest upload or version is rewritten} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the resume text, or empty for the session's newest upload or version} */
    public Optional<String> source() {
        return source;
    }

    /** {@return an opportunity to note on the version, if any} */
    public Optional<String> jobId() {
        return jobId;
    }

    /** {@return a label for the version, or empty for "rewrite"} */
    public Optional<String> versionName() {
        return versionName;
    }

    /** Builds a {@link RewriteRequest}. Not thread-safe. */
    public static final class Builder {
        private Optional<String> source = Optional.empty();
        private Optional<String> jobId = Optional.empty();
        private Optional<String> versionName = Optional.empty();

        private Builder() {
        }

        /**
         * Sets the text to rewrite.
         *
         * @param source the resume text to rewrite
         * @return this builder
         */
        public Builder source(String source) {
            this.source = Optional.of(Checks.text(source, "source"));
            return this;
        }

        /**
         * Notes an opportunity on the version.
         *
         * @param jobId an opportunity to note on the version
         * @return this builder
         */
        public Builder jobId(String jobId) {
            this.jobId = Optional.of(Checks.text(jobId, "jobId"));
            return this;
        }

        /**
         * Labels the version.
         *
         * @param versionName a label for the version
         * @return this builder
         */
        public Builder versionName(String versionName) {
            this.versionName = Optional.of(Checks.text(versionName, "versionName"));
            return this;
        }

        /** {@return the request} */
        public RewriteRequest build() {
            return new RewriteRequest(this);
        }
    }
}
