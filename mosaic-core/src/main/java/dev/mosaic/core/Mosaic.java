package dev.mosaic.core;

import dev.mosaic.core.care.CareResources;
import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.coach.Metrics;
import dev.mosaic.core.coach.MetricsModel;
import dev.mosaic.core.internal.Checks;
import dev.mosaic.core.internal.RecentVectors;
import dev.mosaic.core.internal.coach.LibraryCoach;
import dev.mosaic.core.internal.jobs.CatalogJobs;
import dev.mosaic.core.internal.prompts.ExampleMessages;
import dev.mosaic.core.internal.prompts.LibraryVectors;
import dev.mosaic.core.internal.prompts.VersionedPrompts;
import dev.mosaic.core.internal.resume.CheckedResumes;
import dev.mosaic.core.internal.session.StoreSessions;
import dev.mosaic.core.internal.store.OpenStore;
import dev.mosaic.core.internal.triage.CareNeighbours;
import dev.mosaic.core.internal.triage.Triage;
import dev.mosaic.core.jobs.JobMatch;
import dev.mosaic.core.jobs.Jobs;
import dev.mosaic.core.jobs.Profile;
import dev.mosaic.core.prompts.PromptLibrary;
import dev.mosaic.core.prompts.Prompts;
import dev.mosaic.core.resume.Resumes;
import dev.mosaic.core.session.Session;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.session.Sessions;
import dev.mosaic.core.spi.ChatModel;
import dev.mosaic.core.spi.DocumentReader;
import dev.mosaic.core.spi.Embedder;
import dev.mosaic.core.spi.OpportunitySource;
import dev.mosaic.core.spi.Store;
import dev.mosaic.core.spi.Upload;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The entry point of the SDK. Build one with {@link #builder()}, keep it for the life of the application and share
 * it: it is immutable and thread-safe. Close it when the application stops: a store it made (the default in-memory
 * one) is closed with it, a store given to {@link Builder#store} stays open and is the caller's to close. After
 * {@link #close()}, every call that reads or writes a session fails with code {@code closed}.
 *
 * <pre>{@code
 * Mosaic mosaic = Mosaic.builder().build();          // in-memory, bundled library, offline
 * SessionId id = mosaic.sessions().create().id();
 * CoachReply reply = mosaic.coach().chat(id, "I have two offers and can't choose");
 * }</pre>
 */
public final class Mosaic implements AutoCloseable {
    private final Store store;
    private final boolean ownsStore;
    private volatile boolean closed;
    private final Optional<ChatModel> chatModel;
    private final Sessions sessions;
    private final Prompts prompts;
    private final Coach coach;
    private final Jobs jobs;
    private final Resumes resumes;
    private final Store facing;
    private final CatalogJobs catalog;

    private Mosaic(Builder builder) {
        Triage.loadInBackground(); // while the library, the store and a server start
        this.ownsStore = builder.store == null;
        this.store = builder.store != null ? builder.store
                : builder.location != null ? Store.open(builder.location) : Store.inMemory();
        try {
            this.chatModel = builder.chatModel;
            this.facing = new OpenStore(store, () -> closed);
            StoreSessions storeSessions = new StoreSessions(facing, builder.clock, builder.sessionTtl,
                    builder.random);
            this.sessions = storeSessions;
            PromptLibrary library = builder.library != null ? builder.library : PromptLibrary.bundled();
            Optional<RecentVectors> embedder = Optional.ofNullable(builder.embedder).map(RecentVectors::new);
            Optional<Path> vectorCache = Optional.ofNullable(builder.vectorCache);
            this.prompts = new VersionedPrompts(library, builder.clock, embedder.map(e ->
                    new VersionedPrompts.Semantic(e, vectorCache, ExampleMessages.bundled())));
            Optional<LibraryCoach.SemanticCare> semanticCare = embedder.map(e -> {
                List<CareNeighbours.Example> examples = CareNeighbours.bundled();
                return new LibraryCoach.SemanticCare(e, new CareNeighbours(examples,
                        LibraryVectors.of(CareNeighbours.texts(examples), e, vectorCache)));
            });
            this.coach = new LibraryCoach(facing, sessions, prompts, builder.metricsModel, builder.chatModel,
                    builder.clock, builder.careResources, semanticCare);
            this.catalog = new CatalogJobs(facing, sessions, builder.opportunities, builder.clock);
            storeSessions.whenForgotten(catalog::forget, catalog::forgetGone);
            this.jobs = catalog;
            this.resumes = new CheckedResumes(facing, sessions, builder.clock, builder.documentReaders, jobs,
                    builder.chatModel);
        } catch (RuntimeException | Error e) {
            if (ownsStore) {
                store.close(); // opened for this Mosaic, which will never be
            }
            throw e;
        }
    }

    /**
     * {@return everything Mosaic keeps about a session, read with one session lookup: what a person sees when they ask
     * what is stored about them}
     *
     * @param session the session
     * @throws NotFoundException {@code session_not_found} when it is unknown or expired
     */
    public Summary summary(SessionId session) {
        Checks.present(session, "session");
        Session found = sessions.require(session);
        return new Summary(found, catalog.profileOf(session),
                facing.turns(session, 1).stream().findFirst().map(Coach.Turn::metrics), facing.uploads(session),
                facing.resumeVersions(session), facing.matches(session));
    }

    /**
     * What Mosaic keeps about a session.
     *
     * @param session the session, with its expiry
     * @param profile what its turns and documents say about the person
     * @param latestMetrics its metrics after the latest turn, empty before the first
     * @param uploads its uploaded documents, newest first
     * @param resumes its resume versions, newest first
     * @param matches its job matches, best first
     */
    public record Summary(Session session, Profile profile, Optional<Metrics> latestMetrics, List<Upload> uploads,
                          List<Resumes.Version> resumes, List<JobMatch> matches) {
        /** Validates and copies. */
        public Summary {
            Checks.present(session, "session");
            Checks.present(profile, "profile");
            Checks.present(latestMetrics, "latestMetrics");
            uploads = Checks.list(uploads, "uploads");
            resumes = Checks.list(resumes, "resumes");
            matches = Checks.list(matches, "matches");
        }
    }

    /** {@return a builder with the defaults: in-memory store, no AI, bundled library and opportunities} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the coaching chat} */
    public Coach coach() {
        return coach;
    }

    /** {@return the prompt library and matcher} */
    public Prompts prompts() {
        return prompts;
    }

    /** {@return job matching and applications} */
    public Jobs jobs() {
        return jobs;
    }

    /** {@return resume tools} */
    public Resumes resumes() {
        return resumes;
    }

    /** {@return session lifecycle} */
    public Sessions sessions() {
        return sessions;
    }

    /**
     * Closes this Mosaic: from now on every call that reads or writes a session fails with code {@code closed}. A store
     * this Mosaic made (the default in-memory one) is closed too; a store given to {@link Builder#store} is not.
     * Calling it again does nothing.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (ownsStore) {
            store.close();
        }
    }

    /** {@return the store everything is kept in} */
    public Store store() {
        return store;
    }

    /** {@return the AI model, if one was configured} */
    public Optional<ChatModel> chatModel() {
        return chatModel;
    }

    /** Configures a {@link Mosaic}. Not thread-safe; {@link #build()} validates and loads everything eagerly. */
    public static final class Builder {
        /** A store the caller owns, or null: then one opened from {@link #location}, or in memory. */
        private Store store;
        private String location;
        private Optional<ChatModel> chatModel = Optional.empty();
        private PromptLibrary library;
        private MetricsModel metricsModel = MetricsModel.signals();
        private OpportunitySource opportunities = OpportunitySource.bundled();
        private Clock clock = Clock.systemUTC();
        private Duration sessionTtl = Duration.ofDays(30);
        private RandomGenerator random = new SecureRandom();
        private List<DocumentReader> documentReaders = DocumentReader.installed();
        private CareResources careResources = CareResources.bundled();
        private Embedder embedder;
        private Path vectorCache;

        private Builder() {
        }

        /**
         * Sets where sessions and their data are kept (default: in memory). The store stays the caller's: closing the
         * Mosaic does not close it.
         *
         * @param store where sessions and their data are kept (default: in memory)
         * @return this builder
         */
        public Builder store(Store store) {
            this.store = Checks.present(store, "store");
            this.location = null;
            return this;
        }

        /**
         * Opens the store at a location when the Mosaic is built, and closes it with the Mosaic: {@code memory:}, or
         * with {@code mosaic-store} on the class path {@code sqlite:PATH} or {@code postgres://user:pass@host/db}
         * (see {@link Store#open}).
         *
         * @param location where the store is
         * @return this builder
         */
        public Builder store(String location) {
            this.location = Checks.text(location, "location");
            this.store = null;
            return this;
        }

        /**
         * Sets the AI model that writes replies (default: none, offline engines only).
         *
         * @param model the AI model that writes replies (default: none, offline engines only)
         * @return this builder
         */
        public Builder ai(ChatModel model) {
            this.chatModel = Optional.of(Checks.present(model, "model"));
            return this;
        }

        /**
         * Sets the prompt library (default: {@link PromptLibrary#bundled()}).
         *
         * @param library the prompt library (default: {@link PromptLibrary#bundled()})
         * @return this builder
         */
        public Builder prompts(PromptLibrary library) {
            this.library = Checks.present(library, "library");
            return this;
        }

        /**
         * Turns on semantic matching (default: off, lexical BM25 only): library prompts, bundled example messages and
         * labelled care messages are embedded when the Mosaic is built (or read from {@link #vectorCache}), and each
         * message is ranked by both, fused; a match too close to call becomes
         * {@link dev.mosaic.core.prompts.MatchResult.Unsure}, which the coach answers with a question offering the two
         * likeliest situations. Triage reads with it too: a message no rule flags, whose nearest labelled messages are
         * mostly crisis or distress, gets care, and one whose nearest are mostly off-topic the honest decline.
         * {@code mosaic-semantic}'s MiniLM is the offline embedder; the embedder stays the caller's (closing the Mosaic
         * does not close it).
         *
         * @param embedder the embedder
         * @return this builder
         */
        public Builder embedder(Embedder embedder) {
            this.embedder = Checks.present(embedder, "embedder");
            return this;
        }

        /**
         * Sets a folder where library vectors are cached by the SHA-256 of the texts and the model (default: none,
         * so every build embeds the library, the examples and the care messages again: quick with MiniLM, whose jar
         * carries the bundled texts' vectors, slower for a library of your own; a second Mosaic in the same process
         * reuses them). Created when missing; a folder
         * that cannot be written costs time, never a failure.
         *
         * @param folder the cache folder
         * @return this builder
         */
        public Builder vectorCache(Path folder) {
            this.vectorCache = Checks.present(folder, "folder");
            return this;
        }

        /**
         * Sets how messages are scored (default: {@link MetricsModel#signals()}; {@link MetricsModel#legacy}
         * reproduces the earlier product).
         *
         * @param model how messages are scored (default: {@link MetricsModel#signals()}; {@link MetricsModel#legacy}
         *              reproduces the earlier product)
         * @return this builder
         */
        public Builder metrics(MetricsModel model) {
            this.metricsModel = Checks.present(model, "model");
            return this;
        }

        /**
         * Sets where job postings come from (default: {@link OpportunitySource#bundled()}).
         *
         * @param source where job postings come from (default: {@link OpportunitySource#bundled()})
         * @return this builder
         */
        public Builder opportunities(OpportunitySource source) {
            this.opportunities = Checks.present(source, "source");
            return this;
        }

        /**
         * Sets the clock for timestamps and expiry (default: system UTC).
         *
         * @param clock the clock for timestamps and expiry (default: system UTC)
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Checks.present(clock, "clock");
            return this;
        }

        /**
         * Sets how long a session lives after its last access (default: 30 days).
         *
         * @param ttl how long a session lives after its last access (default: 30 days)
         * @return this builder
         */
        public Builder sessionTtl(Duration ttl) {
            Checks.present(ttl, "session_ttl");
            if (ttl.isNegative() || ttl.isZero()) {
                throw new InvalidInputException("session_ttl", "must be positive, was " + ttl);
            }
            this.sessionTtl = ttl;
            return this;
        }

        /**
         * Sets the source of session ids (default: a {@link SecureRandom}; tests may pass a seeded one).
         *
         * @param random the source of session ids (default: a {@link SecureRandom}; tests may pass a seeded one)
         * @return this builder
         */
        public Builder random(RandomGenerator random) {
            this.random = Checks.present(random, "random");
            return this;
        }

        /**
         * Sets how uploaded documents are read (default: {@link DocumentReader#installed()}: plain text always, PDF
         * and DOCX when PDFBox and POI are on the class path).
         *
         * @param readers how uploaded documents are read (default: {@link DocumentReader#installed()}: plain text
         *                always, PDF and DOCX when PDFBox and POI are on the class path)
         * @return this builder
         */
        public Builder documentReaders(List<DocumentReader> readers) {
            this.documentReaders = Checks.list(readers, "readers");
            return this;
        }

        /**
         * Sets the crisis resources a crisis reply names (default: {@link CareResources#bundled()}, the
         * international set: the US and Canadian 988 lines, Samaritans for the UK and Ireland, and your local
         * emergency number). Pick your users' region with {@link CareResources#bundled(String)}, or pass your own.
         *
         * @param resources the crisis resources
         * @return this builder
         */
        public Builder care(CareResources resources) {
            this.careResources = Checks.present(resources, "resources");
            return this;
        }

        /**
         * {@return the configured Mosaic, with its library indexed and opportunities loaded}
         *
         * @throws MosaicException when a part cannot be loaded (for example an invalid library)
         */
        public Mosaic build() {
            return new Mosaic(this);
        }
    }
}
