package dev.mosaic.server;

import dev.mosaic.core.care.Care;
import dev.mosaic.core.care.CareResources;
import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.coach.Metrics;
import dev.mosaic.core.coach.MetricsModel;
import dev.mosaic.core.jobs.Application;
import dev.mosaic.core.jobs.JobMatch;
import dev.mosaic.core.jobs.Opportunity;
import dev.mosaic.core.jobs.Profile;
import dev.mosaic.core.prompts.PromptMatch;
import dev.mosaic.core.resume.ResumeFeedback;
import dev.mosaic.core.resume.Resumes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the HTTP contract (snake_case, as the earlier product's clients expect). */
final class Views {
    private Views() {
    }

    static Map<String, Object> metrics(Metrics metrics) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("clarity", metrics.clarity());
        out.put("action", metrics.action());
        out.put("momentum", metrics.momentum());
        return out;
    }

    /** A care reply's level, kind and resources, as {@code care} of {@code POST /wimd}. */
    static Map<String, Object> care(Care care) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("level", care.level().key());
        out.put("kind", care.kind().key());
        out.put("resources", resources(care.resources()));
        return out;
    }

    static List<Map<String, Object>> resources(List<CareResources.Resource> resources) {
        return resources.stream().map(resource -> Map.<String, Object>of("name", resource.name(), "contact",
                resource.contact(), "kind", resource.kind().key())).toList();
    }

    static Map<String, Object> match(PromptMatch match) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", match.entry().id());
        out.put("tag", match.entry().tag());
        out.put("prompt", match.entry().prompt());
        out.put("score", match.score());
        out.put("confidence", match.confidence());
        out.put("matched_terms", match.matchedTerms());
        return out;
    }

    static Map<String, Object> signal(MetricsModel.Signal signal) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("metric", signal.metric().key());
        out.put("signal", signal.kind().key());
        out.put("weight", signal.weight());
        out.put("text", signal.text());
        return out;
    }

    /** A fact the person stated, as "what Mosaic knows about you" lists it. */
    static Map<String, Object> fact(Coach.Fact fact) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", fact.id());
        out.put("kind", fact.kind().key());
        out.put("value", fact.value());
        out.put("words", fact.words());
        out.put("turn", fact.turn());
        return out;
    }

    static Map<String, Object> turn(Coach.Turn turn) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("prompt", turn.prompt());
        out.put("response", turn.response());
        out.put("analysis", Map.of("source", turn.source().key(), "match_id", turn.matchId().orElse(""),
                "tag", turn.matchTag().orElse("")));
        out.put("metrics", metrics(turn.metrics()));
        out.put("next_step", turn.nextStep().orElse(null));
        out.put("created_at", turn.createdAt().toString());
        return out;
    }

    static Map<String, Object> opportunity(JobMatch match) {
        Opportunity o = match.opportunity();
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("missing_skills", match.missingSkills());
        extras.put("reasons", match.reasons());
        extras.put("remote", o.remote());
        extras.put("seniority", o.seniority().key());
        extras.put("must_have", o.mustHave());
        extras.put("nice_to_have", o.niceToHave());
        extras.put("description", o.description());
        extras.put("url", o.url().orElse(""));
        extras.put("source", o.source());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("job_id", o.jobId());
        out.put("role", o.role());
        out.put("company", o.company());
        out.put("location", o.location());
        out.put("fit_score", match.fitScore());
        out.put("skills_match", match.skillsMatch());
        out.put("values_match", match.valuesMatch());
        out.put("extras", extras);
        return out;
    }

    static Map<String, Object> application(Application step) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("job_id", step.jobId());
        out.put("status", step.status().key());
        out.put("notes", step.notes());
        out.put("at", step.at().toString());
        return out;
    }

    static Map<String, Object> feedback(ResumeFeedback feedback) {
        Map<String, Object> analysis = new LinkedHashMap<>();
        analysis.put("word_count", feedback.wordCount());
        analysis.put("line_count", feedback.lineCount());
        analysis.put("score", feedback.score());
        analysis.put("parts", feedback.parts());
        return analysis;
    }

    static Map<String, Object> suggestion(ResumeFeedback.Suggestion suggestion) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("rule", suggestion.rule());
        out.put("line", suggestion.line());
        out.put("message", suggestion.message());
        return out;
    }

    static Map<String, Object> version(Resumes.Version version) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", version.id());
        out.put("job_id", version.jobId().orElse(null));
        out.put("version_name", version.name());
        out.put("content", version.content());
        out.put("feedback", version.feedback());
        out.put("created_at", version.createdAt().toString());
        return out;
    }

    static Map<String, Object> profile(Profile profile) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("skills", profile.skills());
        out.put("target_roles", profile.targetRoles());
        out.put("seniority", profile.seniority().map(Opportunity.Seniority::key).orElse(null));
        out.put("location", profile.location().orElse(null));
        out.put("prefers_remote", profile.prefersRemote());
        out.put("values", profile.values());
        return out;
    }

    static <T> List<Map<String, Object>> all(List<T> items, java.util.function.Function<T, Map<String, Object>> view) {
        return items.stream().map(view).toList();
    }
}
