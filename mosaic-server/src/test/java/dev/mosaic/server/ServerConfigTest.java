package dev.mosaic.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerConfigTest {
    @Test
    void defaultsMatchTheDocumentedTable() {
        ServerConfig config = ServerConfig.fromEnvironment(Map.of());
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.schemaVersion()).isEqualTo("v1");
        assertThat(config.store().sqlitePath()).isEqualTo(Path.of("data", "mosaic.db"));
        assertThat(config.store().postgresUrl()).isEmpty();
        assertThat(config.uploadRoot()).isEqualTo(Path.of("data", "uploads"));
        assertThat(config.sessionTtl()).isEqualTo(Duration.ofDays(30));
        assertThat(config.maxUploadBytes()).isEqualTo(8_388_608L);
        assertThat(config.allowedOrigins()).isEmpty();
        assertThat(config.ai().configuredProviders()).isEmpty();
        assertThat(config.promptsPath()).isEmpty();
    }

    @Test
    void careResourcesComeFromTheRegionOrAFileAndABadOneStopsStartUp(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        assertThat(ServerConfig.fromEnvironment(Map.of()).care().region()).isEqualTo("international");
        assertThat(ServerConfig.fromEnvironment(Map.of("MOSAIC_CARE_REGION", "UK")).care().emergencyNumber())
                .isEqualTo("999");
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("MOSAIC_CARE_REGION", "fr")))
                .isInstanceOf(StartupException.class)
                .hasMessageStartingWith("MOSAIC_CARE_REGION: region: no bundled crisis resources for 'fr'")
                .hasMessageContaining("us, ca, gb, ie, au");
        Path file = dir.resolve("care.csv");
        java.nio.file.Files.writeString(file, "region,kind,name,contact\n"
                + "fr,emergency,Urgences,Appelez le 15 ou le 112\n"
                + "fr,crisis_line,3114,Appelez le 3114 (souffrance psychique et prévention du suicide)\n");
        var care = ServerConfig.fromEnvironment(Map.of("MOSAIC_CARE_REGION", "fr", "MOSAIC_CARE_RESOURCES_PATH",
                file.toString())).care();
        assertThat(care.primaryCrisisLine().contact()).contains("3114");
        java.nio.file.Files.writeString(file, "region,kind,name,contact\nfr,hotline,X,Y\n");
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("MOSAIC_CARE_REGION", "fr",
                "MOSAIC_CARE_RESOURCES_PATH", file.toString())))
                .hasMessageStartingWith("MOSAIC_CARE_RESOURCES_PATH / MOSAIC_CARE_REGION:")
                .hasMessageContaining(":2: column kind: 'hotline'");
    }

    @Test
    void invalidNumbersNameTheVariable() {
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("PORT", "abc")))
                .isInstanceOf(StartupException.class)
                .hasMessage("PORT: must be a whole number from 0 to 65535, was 'abc'");
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("PORT", "70000")))
                .hasMessageStartingWith("PORT: must be a whole number");
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("SESSION_TTL_DAYS", "0")))
                .hasMessageStartingWith("SESSION_TTL_DAYS: must be a whole number from 1");
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("MAX_UPLOAD_BYTES", "-5")))
                .hasMessageStartingWith("MAX_UPLOAD_BYTES:");
    }

    @Test
    void databaseUrlMustBePostgresAndItsPasswordIsNeverPrinted() {
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("DATABASE_URL", "mysql://x")))
                .hasMessageStartingWith("DATABASE_URL: database_url: must start with postgres://");
        ServerConfig config = ServerConfig.fromEnvironment(Map.of("DATABASE_URL",
                "postgres://mosaic:hunter2@db.internal:5432/mosaic"));
        assertThat(config.store().kind()).isEqualTo("postgresql");
        assertThat(config.toString()).doesNotContain("hunter2");
    }

    @Test
    void keysAreReadFromTheEarlierProductsNamesAndNeverPrinted() {
        ServerConfig config = ServerConfig.fromEnvironment(Map.of("OPENAI_API_KEY", "sk-test-abc",
                "ANTHROPIC_API_KEY", "ak-test-def"));
        assertThat(config.ai().configuredProviders()).containsExactly("openai", "anthropic");
        assertThat(config.toString()).doesNotContain("sk-test-abc", "ak-test-def");
        ServerConfig claude = ServerConfig.fromEnvironment(Map.of("CLAUDE_API_KEY", "ck-1", "ANTHROPIC_API_KEY", "ak"));
        assertThat(claude.ai().anthropicKey()).contains("ck-1");
        assertThat(ServerConfig.fromEnvironment(Map.of("OPENAI_API_KEY", "  ")).ai().configuredProviders()).isEmpty();
    }

    @Test
    void originsIncludeApexAndWwwAndRejectPaths() {
        ServerConfig config = ServerConfig.fromEnvironment(Map.of("PUBLIC_SITE_ORIGIN",
                "https://whatismydelta.com/, https://www.example.org,http://localhost:5173"));
        assertThat(config.allowedOrigins()).containsExactlyInAnyOrder("https://whatismydelta.com",
                "https://www.whatismydelta.com", "https://www.example.org", "https://example.org",
                "http://localhost:5173");
        assertThatThrownBy(() -> ServerConfig.fromEnvironment(Map.of("PUBLIC_SITE_ORIGIN", "https://x.com/app")))
                .hasMessageContaining("PUBLIC_SITE_ORIGIN");
    }

    @Test
    void misspelledMosaicVariablesAreNoticed() {
        assertThat(ServerConfig.unknownMosaicVariables(Map.of("MOSAIC_PROMPT_PATH", "x", "MOSAIC_PROMPTS_PATH", "y",
                "HOME", "/root"))).containsExactly("MOSAIC_PROMPT_PATH");
    }
}
