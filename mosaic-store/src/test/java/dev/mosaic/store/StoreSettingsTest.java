package dev.mosaic.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mosaic.core.InvalidInputException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoreSettingsTest {
    @Test
    void sqliteIsTheDefaultKind() {
        StoreSettings settings = StoreSettings.sqlite(Path.of("data/mosaic.db"));
        assertThat(settings.kind()).isEqualTo("sqlite");
        assertThat(settings.toString()).contains("data/mosaic.db");
    }

    @Test
    void postgresUrlsAreAcceptedInTheirUsualFormsAndTheirPasswordIsHidden() {
        for (String url : new String[] {"postgres://u:pw-123@db:5432/m", "postgresql://u:pw-123@db/m",
                "jdbc:postgresql://db:5432/m?user=u&password=pw-123&ssl=true"}) {
            StoreSettings settings = new StoreSettings(Path.of("x.db"), Optional.of(url));
            assertThat(settings.kind()).isEqualTo("postgresql");
            assertThat(settings.toString()).doesNotContain("pw-123");
        }
    }

    @Test
    void otherUrlsAreRefused() {
        assertThatThrownBy(() -> new StoreSettings(Path.of("x.db"), Optional.of("mysql://db/m")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("database_url");
    }
}
