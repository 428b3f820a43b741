package dev.mosaic.core.internal.jobs;

import dev.mosaic.core.MosaicException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Skills and the ways people write them ({@code k8s} is Kubernetes, {@code JS} is JavaScript), used to read skills
 * out of resumes, coaching messages and postings. Short abbreviations count only in capitals ("ML", not "ml" inside
 * a sentence), and skills that are everyday words ("Go", "Swift", "Lean") only when capitalised. Immutable and
 * thread-safe.
 */
public final class SkillVocabulary {
    /** Skills that are everyday words: they count only when written with a capital. */
    private static final Set<String> CAPITALISED_ONLY = Set.of("go", "lean", "swift", "rust", "ruby", "spring",
            "rails", "flask", "excel", "access", "word", "project", "chef", "puppet", "express", "spark");
    /**
     * Abbreviations that are also names or words ("Jane Doe", "a tic", "the sap"): a skill only in capitals
     * ("DOE", "SAP", "POS").
     */
    private static final Set<String> CAPITALS_ONLY = Set.of("doe", "pos", "sap", "tic", "pia", "sop", "sel", "sem",
            "ror", "kam", "cad");

    private final Map<String, String> canonicalByTerm;
    private final Map<String, String> categoryBySkill;
    private final int longestTerm;

    private SkillVocabulary(Map<String, String> canonicalByTerm, Map<String, String> categoryBySkill) {
        this.canonicalByTerm = Map.copyOf(canonicalByTerm);
        this.categoryBySkill = Map.copyOf(categoryBySkill);
        this.longestTerm = canonicalByTerm.keySet().stream().mapToInt(t -> t.split(" ").length).max().orElse(1);
    }

    /** {@return the vocabulary bundled with Mosaic (over 800 skills)} */
    public static SkillVocabulary bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final SkillVocabulary BUNDLED = load();
    }

    private static SkillVocabulary load() {
        try (InputStream in = SkillVocabulary.class.getResourceAsStream("/dev/mosaic/core/jobs/skills.csv")) {
            if (in == null) {
                throw new MosaicException(MosaicException.Code.INVALID_SKILLS, "skills.csv is missing from the jar");
            }
            Map<String, String> terms = new HashMap<>();
            Map<String, String> categories = new HashMap<>();
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String skill = row.get("skill").strip();
                categories.put(skill, row.get("category").strip());
                terms.put(skill, skill);
                for (String synonym : row.get("synonyms").split(";")) {
                    if (!synonym.isBlank()) {
                        terms.putIfAbsent(synonym.strip(), skill);
                    }
                }
            }
            return new SkillVocabulary(terms, categories);
        } catch (IOException e) {
            throw new MosaicException(MosaicException.Code.INVALID_SKILLS, "cannot read skills.csv: " + e.getMessage(), e);
        }
    }

    /** {@return how many skills (canonical names) the vocabulary knows} */
    public int size() {
        return categoryBySkill.size();
    }

    /**
     * {@return the canonical skill name, if known}
     *
     * @param term a skill name or one of its synonyms, any case
     */
    public java.util.Optional<String> canonical(String term) {
        return java.util.Optional.ofNullable(canonicalByTerm.get(term.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * Reads the skills a text mentions, longest phrase first ("spring boot" before "spring").
     *
     * @param text any text
     * @return canonical skill names, in order of first mention, without repeats
     */
    public List<String> skillsIn(String text) {
        List<String> tokens = tokens(text);
        Set<String> found = new LinkedHashSet<>();
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            for (int n = Math.min(longestTerm, tokens.size() - i); n >= 1 && matched == 0; n--) {
                StringBuilder phrase = new StringBuilder();
                for (int k = i; k < i + n; k++) {
                    phrase.append(k > i ? " " : "").append(tokens.get(k).toLowerCase(Locale.ROOT));
                }
                String skill = canonicalByTerm.get(phrase.toString());
                if (skill != null && writtenAsSkill(phrase.toString(), tokens.subList(i, i + n))) {
                    found.add(skill);
                    matched = n;
                }
            }
            if (matched == 0 && tokens.get(i).indexOf('/') > 0) {
                // "Java/Kotlin": two skills written as one word
                for (String part : tokens.get(i).split("/")) {
                    String skill = canonicalByTerm.get(part.toLowerCase(Locale.ROOT));
                    if (skill != null && writtenAsSkill(part.toLowerCase(Locale.ROOT), List.of(part))) {
                        found.add(skill);
                    }
                }
            }
            i += Math.max(1, matched);
        }
        return new ArrayList<>(found);
    }

    /** Short abbreviations, and those that are also names or words, need capitals; everyday words a capital first letter. */
    private static boolean writtenAsSkill(String term, List<String> original) {
        String first = original.get(0);
        if (term.length() <= 2 && term.chars().allMatch(Character::isLetter)) {
            return first.equals(first.toUpperCase(Locale.ROOT)) || term.equals("go") && first.equals("Go");
        }
        if (original.size() == 1 && CAPITALS_ONLY.contains(term)) {
            return first.equals(first.toUpperCase(Locale.ROOT));
        }
        if (original.size() == 1 && CAPITALISED_ONLY.contains(term)) {
            return Character.isUpperCase(first.charAt(0));
        }
        return true;
    }

    /** Words with the characters skill names use (+ # . / -), trimmed of sentence punctuation. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '+' || c == '#' || c == '.' || c == '/' || c == '-'
                    || c == '&' || c == '\'') {
                token.append(c);
                continue;
            }
            String word = trim(token.toString());
            if (!word.isEmpty()) {
                tokens.add(word);
            }
            token.setLength(0);
        }
        return tokens;
    }

    private static String trim(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && ".-/'&".indexOf(word.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ".-/'&".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(start, end);
    }
}
