package dev.mosaic.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mosaic.core.InvalidInputException;
import dev.mosaic.core.Mosaic;
import dev.mosaic.core.MosaicException;
import dev.mosaic.core.resume.ResumeFeedback;
import dev.mosaic.core.resume.Resumes;
import dev.mosaic.core.resume.RewriteRequest;
import dev.mosaic.core.session.SessionId;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The resume routes: uploads, feedback, rewriting, tailoring to a job, and the stored versions. */
final class ResumeService implements ApiRoutes.Area {
    private final Mosaic mosaic;
    private final ServerConfig config;
    private final JsonCodec json;
    private final Responses responses;
    private final SessionResolver sessions;
    private final StorageGuard storage;
    private final Runnable parseTimeouts;

    ResumeService(ApiRoutes.Context context) {
        this.mosaic = context.mosaic();
        this.config = context.config();
        this.json = context.json();
        this.responses = context.responses();
        this.sessions = context.sessions();
        this.storage = context.storage();
        this.parseTimeouts = context.parseTimeouts();
    }

    @Override
    public List<ApiRoutes.Route> routes() {
        return List.of(
                new ApiRoutes.Route("POST", "/wimd/upload", this::upload),
                new ApiRoutes.Route("POST", "/resume/rewrite", this::rewrite),
                new ApiRoutes.Route("POST", "/resume/customize", this::customize),
                new ApiRoutes.Route("POST", "/resume/feedback", this::feedback),
                new ApiRoutes.Route("GET", "/resume/versions", this::versions));
    }

    @SuppressWarnings("try") // the reservation is held for the block, not used in it
    private void upload(ServerRequest request, ServerResponse response) {
        var file = Multipart.file(request, "file", config.maxUploadBytes())
                .orElseThrow(() -> new ApiException(MosaicException.Code.FILENAME_REQUIRED,
                        "send the document in the multipart field 'file'"));
        var uploaded = sessions.create(request, response, Optional.empty(), id -> {
            try (StorageGuard.Reservation reserved = storage.reserveUpload(id, file.content().length)) {
                return mosaic.resumes().upload(id, file.filename(), file.content());
            } catch (dev.mosaic.core.MosaicException e) {
                if (e.code() == MosaicException.Code.UNREADABLE_DOCUMENT
                        && e.getCause() instanceof java.util.concurrent.TimeoutException) {
                    parseTimeouts.run();
                }
                throw e;
            }
        });
        dev.mosaic.core.resume.ReadDocument read = uploaded.value();
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("word_count", read.wordCount());
        metrics.put("line_count", read.lineCount());
        metrics.put("sections", read.sections());
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("id", read.upload().id());
        described.put("filename", read.upload().filename());
        described.put("size", read.upload().size());
        described.put("content_type", read.upload().type().mediaType());
        described.put("metrics", metrics);
        var structure = read.structure();
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("email", structure.email().orElse(null));
        parts.put("phone", structure.phone().orElse(null));
        parts.put("experience", structure.experience().stream().map(e -> Map.of("title", e.title(), "employer",
                e.employer(), "dates", e.dates(), "bullets", e.bullets().size())).toList());
        parts.put("education", structure.education());
        parts.put("skills", structure.skills());
        described.put("structure", parts);
        described.put("feedback", Map.of("score", read.feedback().score(), "findings",
                Views.all(read.feedback().suggestions(), Views::suggestion)));
        String text = read.upload().text().strip();
        described.put("text_preview", text.length() > 280 ? text.substring(0, 280) + "..." : text);
        described.put("text", text); // what was read, whole: the web UI puts it in the resume editor
        responses.ok(response, Map.of("session_id", uploaded.session().value(), "file", described));
    }

    private void rewrite(ServerRequest request, ServerResponse response) {
        ObjectNode body = json.readObject(request);
        Optional<String> source = BodyFields.optionalText(body, "source_resume");
        Optional<String> jobId = BodyFields.optionalText(body, "job_id");
        Optional<String> name = BodyFields.optionalText(body, "version_name");
        RewriteRequest.Builder rewrite = RewriteRequest.builder();
        source.filter(text -> !text.isBlank()).ifPresent(rewrite::source);
        jobId.filter(text -> !text.isBlank()).ifPresent(rewrite::jobId);
        name.filter(text -> !text.isBlank()).ifPresent(rewrite::versionName);
        var rewritten = sessions.create(request, response, Optional.of(body), id -> {
            storage.checkStored(id, source.map(String::length).orElse(Resumes.MAX_RESUME_LENGTH));
            return mosaic.resumes().rewrite(id, rewrite.build());
        });
        respondWithVersion(response, rewritten.session(), rewritten.value());
    }

    private void customize(ServerRequest request, ServerResponse response) {
        ObjectNode body = json.readObject(request);
        String jobId = BodyFields.requiredText(body, "job_id");
        String resume = BodyFields.requiredText(body, "resume");
        List<String> highlight = new java.util.ArrayList<>();
        JsonNode skills = body.get("highlight_skills");
        if (skills != null && !skills.isNull()) {
            if (!skills.isArray()) {
                throw new InvalidInputException("highlight_skills", "must be a list of strings");
            }
            skills.forEach(skill -> {
                if (!skill.isTextual()) {
                    throw new InvalidInputException("highlight_skills", "must be a list of strings");
                }
                highlight.add(skill.asText());
            });
        }
        SessionId id = sessions.require(request, response, Optional.of(body));
        storage.checkStored(id, resume.length());
        respondWithVersion(response, id, mosaic.resumes().customize(id, jobId, resume, highlight));
    }

    private void respondWithVersion(ServerResponse response, SessionId id,
                                    dev.mosaic.core.resume.RewriteResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("session_id", id.value());
        out.put("version_id", result.version().id());
        out.put("version_name", result.version().name());
        out.put("resume", result.version().content());
        out.put("source", result.byModel() ? "model" : "offline");
        out.put("matching_skills", result.matchingSkills());
        out.put("gaps", result.gaps());
        responses.ok(response, out);
    }

    private void feedback(ServerRequest request, ServerResponse response) {
        ObjectNode body = json.readObject(request);
        String resume = BodyFields.requiredText(body, "resume");
        SessionId id = sessions.require(request, response, Optional.of(body));
        storage.checkStored(id, resume.length());
        Optional<String> jobId = BodyFields.optionalText(body, "job_id");
        ResumeFeedback feedback = jobId.isPresent() ? mosaic.resumes().feedback(id, resume, jobId.get())
                : mosaic.resumes().feedback(id, resume);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("session_id", id.value());
        out.put("analysis", Views.feedback(feedback));
        out.put("suggestions", Views.all(feedback.suggestions(), Views::suggestion));
        responses.ok(response, out);
    }

    private void versions(ServerRequest request, ServerResponse response) {
        SessionId id = sessions.require(request, response, Optional.empty());
        responses.ok(response, Map.of("session_id", id.value(), "versions",
                Views.all(mosaic.resumes().versions(id), Views::version)));
    }
}
