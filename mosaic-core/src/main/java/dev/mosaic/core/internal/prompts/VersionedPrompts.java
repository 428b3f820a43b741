package dev.mosaic.core.internal.prompts;

import dev.mosaic.core.InvalidInputException;
import dev.mosaic.core.MosaicException;
import dev.mosaic.core.NotFoundException;
import dev.mosaic.core.internal.Checks;
import dev.mosaic.core.prompts.MatchResult;
import dev.mosaic.core.prompts.PromptLibrary;
import dev.mosaic.core.prompts.Prompts;
import dev.mosaic.core.spi.Embedder;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds library versions; the active one sits in an atomic reference so that switching never blocks a query. With an
 * embedder, each version gets its {@link SemanticRanker} when it is added (its vectors embedded or read from the
 * cache), and matching fuses lexical and semantic ranking.
 */
public final class VersionedPrompts implements Prompts {
    /**
     * The semantic layer's settings.
     *
     * @param embedder the embedder
     * @param cache where library vectors are cached, or empty to embed them at every start
     * @param examples the example messages (those whose topic a library lacks are left out for it)
     */
    public record Semantic(Embedder embedder, Optional<Path> cache, List<SemanticRanker.Example> examples) {
    }

    private final Clock clock;
    private final Optional<Semantic> semantic;
    private final Map<String, SemanticRanker> rankers = new ConcurrentHashMap<>();
    private final List<Prompts.Version> versions = new CopyOnWriteArrayList<>();
    private final AtomicReference<Prompts.Version> active = new AtomicReference<>();

    /**
     * Holds the first library.
     *
     * @param initial the first, active library
     * @param clock the clock for version timestamps
     * @param semantic the semantic layer, or empty for lexical matching only
     */
    public VersionedPrompts(PromptLibrary initial, Clock clock, Optional<Semantic> semantic) {
        this.clock = Checks.present(clock, "clock");
        this.semantic = Checks.present(semantic, "semantic");
        active.set(add(Checks.present(initial, "library")));
    }

    @Override
    public Prompts.Version active() {
        return active.get();
    }

    @Override
    public MatchResult match(String message) {
        Checks.present(message, "message");
        PromptLibrary library = active.get().library();
        SemanticRanker ranker = rankers.get(library.sha256());
        return ranker == null ? library.match(message) : ranker.match(message, PromptMatcher.DEFAULT_LIMIT);
    }

    @Override
    public Optional<Embedder> embedder() {
        return semantic.map(Semantic::embedder);
    }

    @Override
    public List<Prompts.Version> versions() {
        return List.copyOf(versions);
    }

    @Override
    public synchronized Prompts.Version add(PromptLibrary library) {
        Checks.present(library, "library");
        for (Prompts.Version held : versions) {
            if (held.library().sha256().equals(library.sha256())) {
                return held;
            }
        }
        library.match("index", 1); // builds the lexical index now, before the version can be activated
        semantic.ifPresent(s -> {
            List<SemanticRanker.Example> examples = ExampleMessages.forTags(s.examples(), library.tagCounts().keySet());
            float[][] vectors = LibraryVectors.of(SemanticRanker.texts(library, examples), s.embedder(), s.cache());
            rankers.put(library.sha256(), new SemanticRanker(library, s.embedder(), vectors, examples,
                    SemanticRanker.Tuning.DEFAULT));
        });
        Prompts.Version version = new Prompts.Version(versions.size() + 1, library, clock.instant());
        versions.add(version);
        return version;
    }

    @Override
    public Prompts.Version activate(String sha256) {
        Checks.present(sha256, "sha256");
        if (sha256.length() < 8) {
            throw new InvalidInputException("sha256", "give at least 8 hex characters");
        }
        List<Prompts.Version> candidates = versions.stream()
                .filter(v -> v.library().sha256().startsWith(sha256)).toList();
        if (candidates.size() != 1) {
            throw new NotFoundException(MosaicException.Code.LIBRARY_NOT_FOUND, candidates.isEmpty()
                    ? "no library with sha " + sha256 + " is held"
                    : "sha prefix " + sha256 + " matches " + candidates.size() + " libraries");
        }
        active.set(candidates.get(0));
        return candidates.get(0);
    }
}
