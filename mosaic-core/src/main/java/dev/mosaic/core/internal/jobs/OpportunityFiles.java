package dev.mosaic.core.internal.jobs;

import dev.mosaic.core.InvalidInputException;
import dev.mosaic.core.MosaicException;
import dev.mosaic.core.jobs.Opportunity;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads postings from JSON: Mosaic's own schema (an array of objects with {@code job_id, role, company, location,
 * remote, seniority, description, must_have, nice_to_have, values, url, posted_at}) and a Greenhouse job-board
 * export ({@code {"jobs": [{id, title, location: {name}, content, absolute_url, updated_at}]}}, whose HTML content is
 * stripped and whose skills are read with the {@link SkillVocabulary}). Every error names the file, the posting and
 * the field. Stateless and thread-safe.
 */
public final class OpportunityFiles {
    private static final Pattern TAG = Pattern.compile("<[^>]{0,2000}>");
    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1\\s*>");

    private OpportunityFiles() {
    }

    /**
     * {@return the postings}
     *
     * @param source the file name, for messages
     * @param json the file's text
     * @param sourceName what {@link Opportunity#source()} says (e.g. {@code bundled})
     * @throws MosaicException with code {@code invalid_opportunities} or {@code invalid_json}, naming the problem
     */
    public static List<Opportunity> mosaicJson(String source, String json, String sourceName) {
        Object root = JsonReader.parse(source, json);
        if (!(root instanceof List<?> items)) {
            throw new MosaicException(MosaicException.Code.INVALID_OPPORTUNITIES, source + ": expected a JSON array of postings");
        }
        List<Opportunity> out = new ArrayList<>(items.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Map<?, ?> item = object(items.get(i), source + ": posting " + (i + 1));
            String where = source + ": posting " + (i + 1) + (item.get("job_id") instanceof String s ? " (" + s + ")"
                    : "");
            try {
                String id = text(item, "job_id", where);
                if (!ids.add(id)) {
                    throw new MosaicException(MosaicException.Code.INVALID_OPPORTUNITIES, where + ": job_id is used twice");
                }
                out.add(new Opportunity(id, text(item, "role", where), text(item, "company", where),
                        text(item, "location", where), bool(item, "remote", where),
                        optionalText(item, "description").orElse(""), strings(item, "must_have", where),
                        strings(item, "nice_to_have", where), Opportunity.Seniority.parse(text(item, "seniority", where)),
                        strings(item, "values", where), optionalText(item, "url").filter(u -> !u.isBlank()),
                        sourceName, optionalText(item, "posted_at").filter(d -> !d.isBlank()).map(d -> date(d,
                        where))));
            } catch (InvalidInputException e) {
                // A field the record refused (this file's own checks already say where): say where.
                throw new MosaicException(MosaicException.Code.INVALID_OPPORTUNITIES, where + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    /**
     * {@return the postings; a posting's first six skills count as must-have, the rest as nice-to-have}
     *
     * @param source the file name, for messages
     * @param json a Greenhouse job-board export
     * @param vocabulary reads the skills out of each posting's text
     */
    public static List<Opportunity> greenhouseJson(String source, String json, SkillVocabulary vocabulary) {
        Object root = JsonReader.parse(source, json);
        if (!(root instanceof Map<?, ?> board) || !(board.get("jobs") instanceof List<?> jobs)) {
            throw new MosaicException(MosaicException.Code.INVALID_OPPORTUNITIES, source + ": expected an object with a \"jobs\" array");
        }
        List<Opportunity> out = new ArrayList<>(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            String where = source + ": jobs[" + i + "]";
            Map<?, ?> job = object(jobs.get(i), where);
            Object id = job.get("id");
            String jobId = "gh-" + (id instanceof Double d ? String.valueOf(d.longValue())
                    : id instanceof String s && !s.isBlank() ? s : String.valueOf(i + 1));
            String title = text(job, "title", where);
            String location = job.get("location") instanceof Map<?, ?> place && place.get("name") instanceof String n
                    && !n.isBlank() ? n : "Unspecified";
            String description = plainText(optionalText(job, "content").orElse(""));
            List<String> skills = vocabulary.skillsIn(title + "\n" + description);
            List<String> must = skills.subList(0, Math.min(6, skills.size()));
            List<String> nice = skills.subList(must.size(), Math.min(skills.size(), must.size() + 5));
            Optional<LocalDate> posted = optionalText(job, "updated_at").flatMap(OpportunityFiles::timestamp);
            out.add(new Opportunity(jobId, title, optionalText(job, "company_name").orElse("Greenhouse board"),
                    location, location.toLowerCase(Locale.ROOT).contains("remote"), description, must, nice,
                    seniorityOf(title), List.of(), optionalText(job, "absolute_url"), "greenhouse", posted));
        }
        return List.copyOf(out);
    }

    /** Greenhouse escapes its HTML; unescape, drop scripts and styles, drop tags, unescape what is left. */
    static String plainText(String content) {
        String html = unescape(content);
        html = SCRIPT.matcher(html).replaceAll(" ");
        html = html.replaceAll("(?i)<br\\s*/?>|</p>|</li>|</h[1-6]>", "\n");
        String text = unescape(TAG.matcher(html).replaceAll(" "));
        return text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\\n ?", "\n").replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }

    static Opportunity.Seniority seniorityOf(String title) {
        String t = " " + title.toLowerCase(Locale.ROOT) + " ";
        if (t.matches(".*\\b(?:director|head of|vp|vice president|chief)\\b.*")) {
            return Opportunity.Seniority.DIRECTOR;
        }
        if (t.matches(".*\\b(?:lead|principal|staff|manager)\\b.*")) {
            return Opportunity.Seniority.LEAD;
        }
        if (t.matches(".*\\b(?:senior|sr)\\b.*")) {
            return Opportunity.Seniority.SENIOR;
        }
        if (t.matches(".*\\b(?:junior|jr|graduate|intern|entry|apprentice|trainee|assistant)\\b.*")) {
            return Opportunity.Seniority.ENTRY;
        }
        return Opportunity.Seniority.MID;
    }

    private static Map<?, ?> object(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new MosaicException(MosaicException.Code.INVALID_OPPORTUNITIES, where + ": expected an object");
    }

    private static String text(Map<?, ?> item, String field, String where) {
        if (item.get(field) instanceof String value && !value.isBlank()) {
            return value.strip();
        }
        throw new MosaicException(MosaicException.Code.INVALID_OPPORTUNITIES, where + ": \"" + field + "\" must be a non-empty string");
    }

    private static Optional<String> optionalText(Map<?, ?> item, String field) {
        return item.get(field) instanceof String value ? Optional.of(value.strip()) : Optional.empty();
    }

    private static boolean bool(Map<?, ?> item, String field, String where) {
        if (item.get(field) instanceof Boolean value) {
            return value;
        }
        throw new MosaicException(MosaicException.Code.INVALID_OPPORTUNITIES, where + ": \"" + field + "\" must be true or false");
    }

    private static List<String> strings(Map<?, ?> item, String field, String where) {
        Object value = item.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new MosaicException(MosaicException.Code.INVALID_OPPORTUNITIES, where + ": \"" + field + "\" must be a list of strings");
        }
        List<String> out = new ArrayList<>(list.size());
        for (Object element : list) {
            if (!(element instanceof String s) || s.isBlank()) {
                throw new MosaicException(MosaicException.Code.INVALID_OPPORTUNITIES, where + ": \"" + field
                        + "\" must hold non-empty strings");
            }
            out.add(s.strip().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static LocalDate date(String text, String where) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new MosaicException(MosaicException.Code.INVALID_OPPORTUNITIES, where + ": \"posted_at\" must be a date like "
                    + "2026-03-01, was '" + text + "'");
        }
    }

    private static Optional<LocalDate> timestamp(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
