package dev.mosaic.core.care;

import dev.mosaic.core.internal.Checks;
import java.util.List;

/**
 * What a care reply responded to, and where the person can turn.
 *
 * @param level distress or crisis
 * @param kind what the message said (the most urgent kind when it said several)
 * @param resources for a crisis, the resources the reply names (the emergency number among them); empty for
 *     distress
 */
public record Care(CareLevel level, CareKind kind, List<CrisisResource> resources) {
    /** Validates and copies. */
    public Care {
        Checks.present(level, "level");
        Checks.present(kind, "kind");
        resources = Checks.list(resources, "resources");
        if (kind.level() != level) {
            throw new dev.mosaic.core.InvalidInputException("kind", kind.key() + " belongs to " + kind.level().key()
                    + ", not " + level.key());
        }
        if (level == CareLevel.CRISIS && resources.isEmpty()) {
            throw new dev.mosaic.core.InvalidInputException("resources", "a crisis reply must name resources");
        }
    }
}
