package dev.mosaic.core.prompts;

import dev.mosaic.core.InvalidInputException;
import dev.mosaic.core.MosaicException;
import dev.mosaic.core.NotFoundException;
import dev.mosaic.core.internal.Checks;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/** Holds library versions; the active one sits in an atomic reference so that switching never blocks a query. */
final class VersionedPrompts implements Prompts {
    private final Clock clock;
    private final List<Prompts.Version> versions = new CopyOnWriteArrayList<>();
    private final AtomicReference<Prompts.Version> active = new AtomicReference<>();

    VersionedPrompts(PromptLibrary initial, Clock clock) {
        this.clock = Checks.present(clock, "clock");
        active.set(add(Checks.present(initial, "library")));
    }

    @Override
    public Prompts.Version active() {
        return active.get();
    }

    @Override
    public MatchResult match(String message) {
        Checks.present(message, "message");
        return active.get().library().matcher().match(message);
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
        library.matcher(); // build the index before the version can be activated
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
