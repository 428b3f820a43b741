package dev.mosaic.core.jobs;

import dev.mosaic.core.InvalidInputException;
import dev.mosaic.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A job posting. Build one with {@link #builder()}:
 *
 * <pre>{@code
 * Opportunity.builder().jobId("acme-7").role("Data Analyst").company("Acme").location("Leeds, UK")
 *         .mustHave(List.of("sql")).seniority(Opportunity.Seniority.MID).source("careers-page").build();
 * }</pre>
 *
 * @param jobId stable id, unique within its source
 * @param role the job title
 * @param company the employer
 * @param location where the job is ("Remote" allowed)
 * @param remote whether it can be done remotely
 * @param description the posting text, plain
 * @param mustHave required skills, lowercase canonical names
 * @param niceToHave preferred skills, lowercase canonical names
 * @param seniority the level
 * @param values culture and values words, lowercase
 * @param url where the posting lives, if known
 * @param source which source it came from (e.g. {@code bundled})
 * @param postedAt when it was posted, if known
 */
public record Opportunity(String jobId, String role, String company, String location, boolean remote,
                          String description, List<String> mustHave, List<String> niceToHave, Opportunity.Seniority seniority,
                          List<String> values, Optional<String> url, String source, Optional<LocalDate> postedAt) {
    /** Validates and copies. */
    public Opportunity {
        Checks.text(jobId, "job_id");
        Checks.text(role, "role");
        Checks.text(company, "company");
        Checks.text(location, "location");
        Checks.present(description, "description");
        mustHave = Checks.list(mustHave, "must_have");
        niceToHave = Checks.list(niceToHave, "nice_to_have");
        Checks.present(seniority, "seniority");
        values = Checks.list(values, "values");
        Checks.present(url, "url");
        Checks.text(source, "source");
        Checks.present(postedAt, "posted_at");
    }

    /** {@return a builder; job id, role, company, location and source are required} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Opportunity}. Not thread-safe; {@link #build()} validates. */
    public static final class Builder {
        private String jobId;
        private String role;
        private String company;
        private String location;
        private boolean remote;
        private String description = "";
        private List<String> mustHave = List.of();
        private List<String> niceToHave = List.of();
        private Opportunity.Seniority seniority = Opportunity.Seniority.MID;
        private List<String> values = List.of();
        private Optional<String> url = Optional.empty();
        private String source;
        private Optional<LocalDate> postedAt = Optional.empty();

        private Builder() {
        }

        /**
         * Sets {@code jobId}.
         *
         * @param jobId stable id, unique within its source
         * @return this builder
         */
        public Builder jobId(String jobId) {
            this.jobId = jobId;
            return this;
        }

        /**
         * Sets {@code role}.
         *
         * @param role the job title
         * @return this builder
         */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /**
         * Sets {@code company}.
         *
         * @param company the employer
         * @return this builder
         */
        public Builder company(String company) {
            this.company = company;
            return this;
        }

        /**
         * Sets {@code location}.
         *
         * @param location where the job is ("Remote" allowed)
         * @return this builder
         */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        /**
         * Sets {@code remote}.
         *
         * @param remote whether it can be done remotely (default no)
         * @return this builder
         */
        public Builder remote(boolean remote) {
            this.remote = remote;
            return this;
        }

        /**
         * Sets {@code description}.
         *
         * @param description the posting text, plain (default empty)
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Sets {@code mustHave}.
         *
         * @param mustHave required skills, lowercase canonical names (default none)
         * @return this builder
         */
        public Builder mustHave(List<String> mustHave) {
            this.mustHave = mustHave;
            return this;
        }

        /**
         * Sets {@code niceToHave}.
         *
         * @param niceToHave preferred skills, lowercase canonical names (default none)
         * @return this builder
         */
        public Builder niceToHave(List<String> niceToHave) {
            this.niceToHave = niceToHave;
            return this;
        }

        /**
         * Sets {@code seniority}.
         *
         * @param seniority the level (default {@link Opportunity.Seniority#MID})
         * @return this builder
         */
        public Builder seniority(Opportunity.Seniority seniority) {
            this.seniority = seniority;
            return this;
        }

        /**
         * Sets {@code values}.
         *
         * @param values culture and values words, lowercase (default none)
         * @return this builder
         */
        public Builder values(List<String> values) {
            this.values = values;
            return this;
        }

        /**
         * Sets {@code url}.
         *
         * @param url where the posting lives
         * @return this builder
         */
        public Builder url(String url) {
            this.url = Optional.of(Checks.text(url, "url"));
            return this;
        }

        /**
         * Sets {@code source}.
         *
         * @param source which source it came from, e.g. {@code careers-page}
         * @return this builder
         */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /**
         * Sets {@code postedAt}.
         *
         * @param postedAt when it was posted
         * @return this builder
         */
        public Builder postedAt(LocalDate postedAt) {
            this.postedAt = Optional.of(Checks.present(postedAt, "postedAt"));
            return this;
        }

        /**
         * {@return the opportunity}
         *
         * @throws dev.mosaic.core.InvalidInputException naming the first field that is missing or invalid
         */
        public Opportunity build() {
            return new Opportunity(jobId, role, company, location, remote, description, mustHave, niceToHave,
                    seniority, values, url, source, postedAt);
        }
    }

    /** Job levels, in order. */
    public enum Seniority {
        /** Entry level, graduate, apprentice. */
        ENTRY,
        /** Mid level. */
        MID,
        /** Senior. */
        SENIOR,
        /** Lead, principal, staff, manager of a team. */
        LEAD,
        /** Director and above. */
        DIRECTOR;

        /** {@return the lowercase name used in data files and JSON} */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * {@return the level}
         *
         * @param text a level name such as {@code senior}
         * @throws InvalidInputException naming the accepted values
         */
        public static Opportunity.Seniority parse(String text) {
            for (Opportunity.Seniority level : values()) {
                if (level.key().equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT))) {
                    return level;
                }
            }
            throw new InvalidInputException("seniority", "unknown level '" + text
                    + "'; expected entry, mid, senior, lead or director");
        }
    }
}
