package dev.mosaic.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.mosaic.core.care.Care;
import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.Store;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 2 numbers every turn and moves the care kind and the guided-flow step out of {@code match_id}, where schema 1
 * kept them as marks ({@code care:job_loss}, {@code guided:g3}, {@code guided:exit:g3}, {@code guided:end}). A
 * database written by schema 1 is migrated on open, on both dialects.
 */
class TurnMigrationTest {
    private static final String SESSION = "0123456789abcdef0123456789abcdef";
    private static final String[][] V1_TURNS = {
        {"LIBRARY", "dm-001"}, {"CARE", "care:job_loss"}, {"GUIDED", "guided:g1"}, {"GUIDED", "guided:g2"},
        {"GUIDED", "guided:exit:g3"}, {"GUIDED", "guided:g3"}, {"GUIDED", "guided:end"}, {"LIBRARY", null},
    };

    @TempDir
    Path dir;

    @Test
    void sqlite() throws Exception {
        Path file = dir.resolve("v1.db");
        String url = "jdbc:sqlite:" + file;
        writeSchema1(url, "sqlite");
        try (Store store = SqliteStore.open(file)) {
            check(store);
        }
        assertThat(catchThrowable(() -> insertAsSchema1(url))).as("a server still on schema 1 cannot store a turn with no number")
                .isInstanceOf(SQLException.class);
    }

    @Test
    void postgresql() throws Exception {
        String url = TestPostgres.freshSchemaUrl();
        try {
            writeSchema1(url, "postgresql");
            try (Store store = PostgresStore.open(url)) {
                check(store);
            }
            assertThat(catchThrowable(() -> insertAsSchema1(url))).as("a server still on schema 1 cannot store a turn with no number")
                    .isInstanceOf(SQLException.class);
        } finally {
            TestPostgres.dropSchemaOf(url);
        }
    }

    private static void check(Store store) {
        assertThat(store.schemaVersion()).isEqualTo(3);
        List<Coach.Turn> turns = new java.util.ArrayList<>(store.turns(SessionId.parse(SESSION).orElseThrow(), 20));
        java.util.Collections.reverse(turns);
        assertThat(turns).extracting(Coach.Turn::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(turns).extracting(Coach.Turn::matchId).containsExactly(Optional.of("dm-001"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        assertThat(turns.get(1).care()).contains(Care.Kind.JOB_LOSS);
        assertThat(turns).as("turns from before schema 3 noted no facts and no next step")
                .allSatisfy(t -> assertThat(t.facts()).isEmpty()).allSatisfy(t -> assertThat(t.nextStep()).isEmpty());
        Function<Coach.Turn, String> step = t -> t.guided().map(g -> g.state() + " " + g.questionId()).orElse("-");
        assertThat(turns).extracting(step).containsExactly("-", "-", "ASKED g1", "ASKED g2", "LEFT g3", "ASKED g3",
                "ENDED g3", "-");
    }

    /** The insert a schema-1 server makes: no turn number. */
    private static void insertAsSchema1(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO turns (session_id, prompt, response, clarity, action, momentum, source, "
                    + "match_id, match_tag, created_at) VALUES ('" + SESSION + "', 'p', 'r', 1, 2, 3, 'LIBRARY', NULL, "
                    + "NULL, 99)");
        }
    }

    private static void writeSchema1(String url, String dialect) throws SQLException, IOException {
        String v1;
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + dialect + "/V1__initial_schema.sql")) {
            v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            for (String sql : Migrations.statements(v1)) {
                statement.execute(sql);
            }
            statement.execute("CREATE TABLE mosaic_schema (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                    + "applied_at TEXT NOT NULL)");
            statement.execute("INSERT INTO mosaic_schema VALUES (1, 'V1__initial_schema.sql', '2026-11-01T00:00:00Z')");
            statement.execute("INSERT INTO sessions VALUES ('" + SESSION + "', 0, 9000000000000000000)");
            for (int i = 0; i < V1_TURNS.length; i++) {
                String match = V1_TURNS[i][1] == null ? "NULL" : "'" + V1_TURNS[i][1] + "'";
                statement.execute("INSERT INTO turns (session_id, prompt, response, clarity, action, momentum, source, "
                        + "match_id, match_tag, created_at) VALUES ('" + SESSION + "', 'p" + i + "', 'r" + i + "', 1, 2, "
                        + "3, '" + V1_TURNS[i][0] + "', " + match + ", NULL, " + i + ")");
            }
        }
    }
}
