package dev.mosaic.store;

import dev.mosaic.core.MosaicException;
import dev.mosaic.core.NotFoundException;
import dev.mosaic.core.care.Care;
import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.coach.CoachReply;
import dev.mosaic.core.coach.Metrics;
import dev.mosaic.core.jobs.Application;
import dev.mosaic.core.jobs.JobMatch;
import dev.mosaic.core.jobs.Opportunity;
import dev.mosaic.core.resume.Resumes;
import dev.mosaic.core.session.Session;
import dev.mosaic.core.session.SessionId;
import dev.mosaic.core.spi.ChatModel;
import dev.mosaic.core.spi.DocumentReader;
import dev.mosaic.core.spi.Store;
import dev.mosaic.core.spi.Upload;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * The {@link Store} contract in SQL that both SQLite and PostgreSQL accept. Subclasses decide how a unit of work
 * gets its connection (SQLite: one serialised writer; PostgreSQL: a pool) and run their own dialect's migrations.
 */
abstract class JdbiStore implements Store {
    /** The smallest slide of a session's expiry that is written (see {@link #touchSession}). */
    static final java.time.Duration SLIDE_STEP = java.time.Duration.ofMinutes(1);

    /**
     * A Jdbi whose exception messages name the failing statement's SQL but never its bound values: those are session
     * ids and the text people sent, and an exception message ends up in a log (issue 16, B7).
     */
    static Jdbi quietJdbi(javax.sql.DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource);
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(failure -> {
            StatementContext context = failure.getStatementContext();
            String sql = context == null || context.getRawSql() == null ? "" : context.getRawSql().strip()
                    .replaceAll("\\s+", " ");
            return failure.getShortMessage() + (sql.isEmpty() ? "" : " [statement: \""
                    + (sql.length() > 200 ? sql.substring(0, 200) + "..." : sql) + "\"]");
        });
        return jdbi;
    }

    /** A unit of work against one connection. */
    @FunctionalInterface
    interface Work<R> {
        R run(Handle handle);
    }

    /** Runs read-only work. */
    abstract <R> R read(Work<R> work);

    /** Runs work in one transaction: all of it is durable when this returns, or none of it is applied. */
    abstract <R> R write(Work<R> work);

    /**
     * Runs work that is exactly one SQL statement, which the database applies atomically on its own; a store may
     * skip the explicit transaction around it. The default is {@link #write}.
     */
    <R> R writeStatement(Work<R> work) {
        return write(work);
    }

    /** Work on one prepared statement. */
    @FunctionalInterface
    interface StatementWork<R> {
        R run(PreparedStatement statement) throws SQLException;
    }

    /**
     * Runs work on a statement prepared on the handle's connection. The hot path of a coaching turn (session lookup
     * and touch, history, the turn insert) uses plain JDBC through this instead of Jdbi's statement machinery; a
     * store may keep such statements prepared per connection ({@link SqliteStore} does). The default prepares and
     * closes one each time.
     */
    <R> R onStatement(Handle handle, String sql, StatementWork<R> work) {
        try (PreparedStatement statement = handle.getConnection().prepareStatement(sql)) {
            return work.run(statement);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** Called after a session's rows are deleted, so that a store can make the bytes unrecoverable. */
    void afterErase() {
    }

    @Override
    public void createSession(Session session) {
        try {
            writeStatement(h -> h.createUpdate("INSERT INTO sessions (id, created_at, expires_at) VALUES (:id, :c, :e)")
                    .bind("id", session.id().value()).bind("c", nanos(session.createdAt()))
                    .bind("e", nanos(session.expiresAt())).execute());
        } catch (JdbiException e) {
            if (findSession(session.id()).isPresent()) {
                throw new MosaicException(MosaicException.Code.SESSION_EXISTS, "a session with this id already exists");
            }
            throw unavailable(e);
        }
    }

    @Override
    public Optional<Session> findSession(SessionId id) {
        return read(h -> onStatement(h, "SELECT created_at, expires_at FROM sessions WHERE id = ?", statement -> {
            statement.setString(1, id.value());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(new Session(id, instant(rs.getLong(1)), instant(rs.getLong(2))))
                        : Optional.<Session>empty();
            }
        }));
    }

    @Override
    public Optional<Session> touchSession(SessionId id, Instant now, Instant expiresAt) {
        // A read; a write only when the expiry would move by a minute or more. A write on every request put every
        // read behind SQLite's one writer: POST /wimd lost a fifth of its throughput (benchmarks/RESULTS.md).
        Optional<Session> stored = findSession(id).filter(session -> !session.expiredAt(now));
        if (stored.isEmpty() || !stored.get().expiresAt().isBefore(expiresAt.minus(SLIDE_STEP))) {
            return stored;
        }
        return writeStatement(h -> onStatement(h, "UPDATE sessions SET expires_at = ? WHERE id = ? AND expires_at >= ? "
                + "RETURNING created_at", statement -> {
                    statement.setLong(1, nanos(expiresAt));
                    statement.setString(2, id.value());
                    statement.setLong(3, nanos(now));
                    try (ResultSet rs = statement.executeQuery()) {
                        return rs.next() ? Optional.of(new Session(id, instant(rs.getLong(1)), expiresAt))
                                : Optional.<Session>empty();
                    }
                }));
    }

    @Override
    public boolean deleteSession(SessionId id) {
        boolean deleted = writeStatement(h -> h.createUpdate("DELETE FROM sessions WHERE id = :id")
                .bind("id", id.value()).execute()) > 0;
        if (deleted) {
            afterErase();
        }
        return deleted;
    }

    @Override
    public int deleteExpired(Instant now) {
        int deleted = writeStatement(h -> h.createUpdate("DELETE FROM sessions WHERE expires_at < :now")
                .bind("now", nanos(now)).execute());
        if (deleted > 0) {
            afterErase();
        }
        return deleted;
    }

    @Override
    public boolean appendTurn(SessionId session, Coach.Turn turn) {
        // One statement, no separate check: the foreign key refuses a turn of an unknown session (session_not_found);
        // a turn whose number another turn took first is not inserted (no error, so no transaction is spoiled).
        return writeStatement(h -> onStatement(h, "INSERT INTO turns (session_id, turn_number, prompt, response, "
                + "clarity, action, momentum, source, match_id, match_tag, care_kind, guided_state, guided_question, "
                + "created_at, next_step, facts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (session_id, turn_number) DO NOTHING",
                statement -> {
                    statement.setString(1, session.value());
                    statement.setInt(2, turn.number());
                    statement.setString(3, turn.prompt());
                    statement.setString(4, turn.response());
                    statement.setInt(5, turn.metrics().clarity());
                    statement.setInt(6, turn.metrics().action());
                    statement.setInt(7, turn.metrics().momentum());
                    statement.setString(8, turn.source().name());
                    statement.setString(9, turn.matchId().orElse(null));
                    statement.setString(10, turn.matchTag().orElse(null));
                    statement.setString(11, turn.care().map(Enum::name).orElse(null));
                    statement.setString(12, turn.guided().map(step -> step.state().name()).orElse(null));
                    statement.setString(13, turn.guided().map(Coach.GuidedStep::questionId).orElse(null));
                    statement.setLong(14, nanos(turn.createdAt()));
                    statement.setString(15, turn.nextStep().orElse(null));
                    statement.setString(16, FactText.encode(turn.facts()));
                    return statement.executeUpdate() > 0;
                }));
    }

    @Override
    public List<Coach.Turn> turns(SessionId session, int limit) {
        return read(h -> onStatement(h, "SELECT turn_number, prompt, response, clarity, action, momentum, source, "
                + "match_id, match_tag, care_kind, guided_state, guided_question, created_at, next_step, facts "
                + "FROM turns WHERE session_id = ? ORDER BY turn_number DESC LIMIT ?", statement -> {
                    statement.setString(1, session.value());
                    statement.setInt(2, Math.max(0, limit));
                    List<Coach.Turn> turns = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            String guidedState = rs.getString(11);
                            int number = rs.getInt(1);
                            turns.add(new Coach.Turn(number, rs.getString(2), rs.getString(3),
                                    new Metrics(rs.getInt(4), rs.getInt(5), rs.getInt(6)),
                                    CoachReply.Source.valueOf(rs.getString(7)), Optional.ofNullable(rs.getString(8)),
                                    Optional.ofNullable(rs.getString(9)),
                                    Optional.ofNullable(rs.getString(10)).map(Care.Kind::valueOf),
                                    guidedState == null ? Optional.empty() : Optional.of(new Coach.GuidedStep(
                                            Coach.GuidedStep.State.valueOf(guidedState), rs.getString(12))),
                                    instant(rs.getLong(13)), Optional.ofNullable(rs.getString(14)),
                                    FactText.decode(rs.getString(15), number)));
                        }
                    }
                    return List.copyOf(turns);
                }));
    }

    @Override
    public List<Coach.Fact> facts(SessionId session) {
        return read(h -> onStatement(h, "SELECT turn_number, facts FROM turns WHERE session_id = ? AND facts IS NOT "
                + "NULL ORDER BY turn_number", statement -> {
                    statement.setString(1, session.value());
                    List<Coach.Fact> facts = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            facts.addAll(FactText.decode(rs.getString(2), rs.getInt(1)));
                        }
                    }
                    return List.copyOf(facts);
                }));
    }

    @Override
    public boolean replaceFacts(SessionId session, int turn, List<Coach.Fact> facts) {
        if (facts == null) {
            throw new dev.mosaic.core.InvalidInputException("facts", "is required");
        }
        for (Coach.Fact fact : facts) {
            if (fact.turn() != turn) {
                throw new dev.mosaic.core.InvalidInputException("facts", "fact " + fact.id() + " belongs to turn "
                        + fact.turn() + ", not " + turn);
            }
        }
        return writeStatement(h -> onStatement(h, "UPDATE turns SET facts = ? WHERE session_id = ? AND turn_number = ?",
                statement -> {
                    statement.setString(1, FactText.encode(facts));
                    statement.setString(2, session.value());
                    statement.setInt(3, turn);
                    return statement.executeUpdate() > 0;
                }));
    }

    @Override
    public void replaceMatches(SessionId session, List<JobMatch> matches) {
        write(h -> {
            for (JobMatch match : matches) {
                upsertOpportunity(h, match.opportunity());
            }
            h.createUpdate("DELETE FROM matches WHERE session_id = :s").bind("s", session.value()).execute();
            PreparedBatch batch = h.prepareBatch("INSERT INTO matches (session_id, position, job_id, fit_score, "
                    + "skills_match, values_match, missing_skills, reasons) VALUES (:s, :pos, :job, :fit, :sm, :vm, "
                    + ":miss, :why)");
            for (int i = 0; i < matches.size(); i++) {
                JobMatch m = matches.get(i);
                batch.bind("s", session.value()).bind("pos", i).bind("job", m.opportunity().jobId())
                        .bind("fit", m.fitScore()).bind("sm", TextList.encode(m.skillsMatch()))
                        .bind("vm", TextList.encode(m.valuesMatch())).bind("miss", TextList.encode(m.missingSkills()))
                        .bind("why", TextList.encode(m.reasons())).add();
            }
            return matches.isEmpty() ? null : batch.execute();
        });
    }

    private static void upsertOpportunity(Handle h, Opportunity o) {
        h.createUpdate("INSERT INTO opportunities (job_id, role, company, location, remote, description, must_have, "
                        + "nice_to_have, seniority, culture, url, source, posted_at) VALUES (:id, :role, :company, "
                        + ":location, :remote, :description, :must, :nice, :seniority, :culture, :url, :source, :posted) "
                        + "ON CONFLICT (job_id) DO UPDATE SET role = excluded.role, company = excluded.company, "
                        + "location = excluded.location, remote = excluded.remote, description = excluded.description, "
                        + "must_have = excluded.must_have, nice_to_have = excluded.nice_to_have, "
                        + "seniority = excluded.seniority, culture = excluded.culture, url = excluded.url, "
                        + "source = excluded.source, posted_at = excluded.posted_at")
                .bind("id", o.jobId()).bind("role", o.role()).bind("company", o.company())
                .bind("location", o.location()).bind("remote", o.remote()).bind("description", o.description())
                .bind("must", TextList.encode(o.mustHave())).bind("nice", TextList.encode(o.niceToHave()))
                .bind("seniority", o.seniority().key()).bind("culture", TextList.encode(o.values()))
                .bind("url", o.url().orElse(null)).bind("source", o.source())
                .bind("posted", o.postedAt().map(LocalDate::toString).orElse(null)).execute();
    }

    @Override
    public List<JobMatch> matches(SessionId session) {
        return read(h -> h.createQuery("SELECT o.job_id, o.role, o.company, o.location, o.remote, o.description, "
                        + "o.must_have, o.nice_to_have, o.seniority, o.culture, o.url, o.source, o.posted_at, "
                        + "m.fit_score, m.skills_match, m.values_match, m.missing_skills, m.reasons FROM matches m "
                        + "JOIN opportunities o ON o.job_id = m.job_id WHERE m.session_id = :s ORDER BY m.position")
                .bind("s", session.value())
                .map((rs, ctx) -> new JobMatch(opportunity(rs), rs.getInt(14), TextList.decode(rs.getString(15)),
                        TextList.decode(rs.getString(16)), TextList.decode(rs.getString(17)),
                        TextList.decode(rs.getString(18))))
                .list());
    }

    private static Opportunity opportunity(ResultSet rs) throws SQLException {
        String posted = rs.getString(13);
        return new Opportunity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                rs.getString(6), TextList.decode(rs.getString(7)), TextList.decode(rs.getString(8)),
                Opportunity.Seniority.parse(rs.getString(9)), TextList.decode(rs.getString(10)),
                Optional.ofNullable(rs.getString(11)), rs.getString(12),
                posted == null ? Optional.empty() : Optional.of(LocalDate.parse(posted)));
    }

    @Override
    public void appendApplication(SessionId session, Application application) {
        write(h -> h.createUpdate("INSERT INTO applications (session_id, job_id, status, notes, at) "
                        + "VALUES (:s, :job, :status, :notes, :at)")
                .bind("s", session.value()).bind("job", application.jobId())
                .bind("status", application.status().key()).bind("notes", application.notes())
                .bind("at", nanos(application.at())).execute());
    }

    @Override
    public List<Application> applications(SessionId session) {
        return read(h -> h.createQuery("SELECT job_id, status, notes, at FROM applications WHERE session_id = :s "
                        + "ORDER BY id")
                .bind("s", session.value())
                .map((rs, ctx) -> new Application(rs.getString(1), Application.Status.parse(rs.getString(2)),
                        rs.getString(3), instant(rs.getLong(4))))
                .list());
    }

    @Override
    public void addResumeVersion(SessionId session, Resumes.Version version) {
        write(h -> {
            return h.createUpdate("INSERT INTO resume_versions (session_id, id, job_id, name, content, feedback, "
                            + "created_at) VALUES (:s, :id, :job, :name, :content, :feedback, :at)")
                    .bind("s", session.value()).bind("id", version.id()).bind("job", version.jobId().orElse(null))
                    .bind("name", version.name()).bind("content", version.content())
                    .bind("feedback", version.feedback()).bind("at", nanos(version.createdAt())).execute();
        });
    }

    @Override
    public List<Resumes.Version> resumeVersions(SessionId session) {
        return read(h -> h.createQuery("SELECT id, job_id, name, content, feedback, created_at FROM resume_versions "
                        + "WHERE session_id = :s ORDER BY seq DESC")
                .bind("s", session.value())
                .map((rs, ctx) -> new Resumes.Version(rs.getString(1), Optional.ofNullable(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), instant(rs.getLong(6))))
                .list());
    }

    @Override
    public void addUpload(SessionId session, Upload upload, byte[] content) {
        byte[] copy = content.clone();
        write(h -> {
            return h.createUpdate("INSERT INTO uploads (session_id, id, filename, type, size, text, content, "
                            + "created_at) VALUES (:s, :id, :name, :type, :size, :text, :content, :at)")
                    .bind("s", session.value()).bind("id", upload.id()).bind("name", upload.filename())
                    .bind("type", upload.type().name()).bind("size", upload.size()).bind("text", upload.text())
                    .bind("content", copy).bind("at", nanos(upload.createdAt())).execute();
        });
    }

    @Override
    public List<Upload> uploads(SessionId session) {
        return read(h -> h.createQuery("SELECT id, filename, type, size, text, created_at FROM uploads "
                        + "WHERE session_id = :s ORDER BY seq DESC")
                .bind("s", session.value())
                .map((rs, ctx) -> new Upload(rs.getString(1), rs.getString(2), DocumentReader.Type.valueOf(rs.getString(3)),
                        rs.getLong(4), rs.getString(5), instant(rs.getLong(6))))
                .list());
    }

    @Override
    public Store.Footprint footprint(SessionId session) {
        return read(h -> h.createQuery("SELECT "
                        + "(SELECT COUNT(*) FROM uploads WHERE session_id = :s), "
                        + "(SELECT COALESCE(SUM(size), 0) FROM uploads WHERE session_id = :s), "
                        + "(SELECT COALESCE(SUM(size + LENGTH(text)), 0) FROM uploads WHERE session_id = :s) "
                        + "+ (SELECT COALESCE(SUM(LENGTH(content)), 0) FROM resume_versions WHERE session_id = :s) "
                        + "+ (SELECT COALESCE(SUM(LENGTH(prompt) + LENGTH(response)), 0) FROM turns "
                        + "WHERE session_id = :s) "
                        + "+ (SELECT COALESCE(SUM(LENGTH(notes)), 0) FROM applications WHERE session_id = :s)")
                .bind("s", session.value())
                .map((rs, ctx) -> new Store.Footprint(rs.getInt(1), rs.getLong(2), rs.getLong(3)))
                .one());
    }

    @Override
    public Optional<Store.Totals> totals() {
        return Optional.of(read(h -> h.createQuery("SELECT "
                        + "(SELECT COUNT(*) FROM sessions), "
                        + "(SELECT COALESCE(SUM(size + LENGTH(text)), 0) FROM uploads) "
                        + "+ (SELECT COALESCE(SUM(LENGTH(content)), 0) FROM resume_versions) "
                        + "+ (SELECT COALESCE(SUM(LENGTH(prompt) + LENGTH(response)), 0) FROM turns) "
                        + "+ (SELECT COALESCE(SUM(LENGTH(notes)), 0) FROM applications)")
                .map((rs, ctx) -> new Store.Totals(rs.getLong(1), rs.getLong(2)))
                .one()));
    }

    @Override
    public Optional<byte[]> uploadContent(SessionId session, String uploadId) {
        return read(h -> h.createQuery("SELECT content FROM uploads WHERE session_id = :s AND id = :id")
                .bind("s", session.value()).bind("id", uploadId)
                .map((rs, ctx) -> rs.getBytes(1)).findOne());
    }

    @Override
    public void recordUsage(SessionId session, ChatModel.Usage record) {
        record(Optional.of(session), record);
    }

    @Override
    public void recordUsage(ChatModel.Usage record) {
        record(Optional.empty(), record);
    }

    private void record(Optional<SessionId> session, ChatModel.Usage record) {
        write(h -> {
            return h.createUpdate("INSERT INTO usage (session_id, provider, model, purpose, input_tokens, "
                            + "output_tokens, cost_micros, at) VALUES (:s, :p, :m, :purpose, :in, :out, :cost, :at)")
                    .bind("s", session.map(SessionId::value).orElse(null)).bind("p", record.provider())
                    .bind("m", record.model()).bind("purpose", record.purpose()).bind("in", record.inputTokens())
                    .bind("out", record.outputTokens()).bind("cost", record.costMicros())
                    .bind("at", nanos(record.at())).execute();
        });
    }

    @Override
    public List<ChatModel.Usage> usage(SessionId session) {
        return read(h -> h.createQuery("SELECT provider, model, purpose, input_tokens, output_tokens, cost_micros, at "
                        + "FROM usage WHERE session_id = :s ORDER BY seq")
                .bind("s", session.value())
                .map((rs, ctx) -> new ChatModel.Usage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getLong(6), instant(rs.getLong(7))))
                .list());
    }

    @Override
    public long costSince(Instant since) {
        return read(h -> h.createQuery("SELECT COALESCE(SUM(cost_micros), 0) FROM usage WHERE at >= :since")
                .bind("since", nanos(since)).mapTo(Long.class).one());
    }

    @Override
    public int schemaVersion() {
        return read(h -> h.createQuery("SELECT COALESCE(MAX(version), 0) FROM mosaic_schema")
                .mapTo(Integer.class).one());
    }

    @Override
    public void ping() {
        try {
            read(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
        } catch (JdbiException e) {
            throw unavailable(e);
        }
    }

    /** {@return the failure of any call after {@link #close}: code {@code closed}} */
    static MosaicException closedStore() {
        return new MosaicException(MosaicException.Code.CLOSED, "the store is closed");
    }

    /**
     * The store's failure as callers see it: {@code store_full} when the database or its disk has no room left
     * (SQLite's {@code SQLITE_FULL}, PostgreSQL's class 53 "insufficient resources"), so that a server can answer 507
     * and keep serving reads and erasure; {@code store_unavailable} otherwise.
     */
    static MosaicException unavailable(Exception e) {
        if (sessionMissing(e)) {
            return new NotFoundException(MosaicException.Code.SESSION_NOT_FOUND, "no such session (unknown, expired or erased)");
        }
        if (full(e)) {
            return new MosaicException(MosaicException.Code.STORE_FULL, "the store has no room left: " + rootMessage(e), e);
        }
        return new MosaicException(MosaicException.Code.STORE_UNAVAILABLE, "the store cannot be used: " + rootMessage(e), e);
    }

    /**
     * A write refused by a foreign key: the only reference a write can break is to the session (matches also
     * reference their opportunity, which the same transaction writes first). Read from the driver's codes:
     * PostgreSQL's SQLSTATE 23503, SQLite's extended result code SQLITE_CONSTRAINT_FOREIGNKEY.
     */
    private static boolean sessionMissing(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.sqlite.SQLiteException sqlite
                    && sqlite.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && "23503".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean full(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.sqlite.SQLiteException sqlite
                    && sqlite.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_FULL) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("53")) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** Times are stored as nanoseconds since the epoch, so an Instant reads back exactly as written. */
    static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
