package dev.mosaic.core.internal.triage;

import dev.mosaic.core.care.Care;
import dev.mosaic.core.internal.NearestVectors;
import dev.mosaic.core.spi.Embedder;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A second, semantic reading for care, beside the rules: the seven labelled messages nearest to this one
 * ({@code prompts/care-examples.csv}: the triage sets that were written blind and have been measured already, never
 * the newest held-out set). When at least six of them are crisis or distress, or at least three are crisis, and the
 * nearest is close (similarity 0.4 or more), the message gets care even though no rule fired: crisis when crisis
 * neighbours are at least as many as distress ones or number three (a miss costs more than a gentle reply), of the
 * kind most of them share; but none when the nearest is a career question clearly nearer than any of them
 * ({@link #CAREER_NEARER}), or an off-topic or vague message by a wider margin ({@link #OTHER_NEARER}), and none to a
 * message the rules read as off-topic, with no sign of risk, that has an off-topic message among its seven nearest
 * (a question about bungee jumps among crises about jumping). It only ever adds care; it never takes away what the
 * rules found, and it adds none to a message whose words of care the rules explained away
 * ({@link TriageResult#withNeighbours}). The settings were chosen
 * leaving one out over the development sets ({@code CareTuning} in mosaic-semantic: the most crises named with false
 * alarms at most 2 %), before the newest held-out set was measured, once. A long message that this reading and the
 * rules name no crisis is also read sentence by sentence ({@link #read(String, TriageResult, Embedder)}): a crisis
 * told in one sentence of a long career question sits, as a whole, among career questions. Off-topic is read by the
 * same neighbours and, with the bundled embedder, by a {@link LinearLabeller} beside them.
 *
 * <p>Immutable and thread-safe.
 */
public final class CareNeighbours {
    static final String RESOURCE = "/dev/mosaic/core/prompts/bundled/care-examples.csv";
    static final int NEIGHBOURS = 7;
    static final int CARE_NEIGHBOURS = 6;
    static final int CRISIS_NEIGHBOURS = 3;
    static final double NEAREST = 0.4;
    /**
     * No care from the neighbours when the nearest is a career question at least this much nearer than the nearest
     * crisis or distress message ("I'm not burnt out, I just want a new challenge" beside six burnt-out messages):
     * {@code CareTuning}, round 20, leaving one set out over 14,899 development messages, the smallest margin that
     * names every crisis and gives care to every distress message the settings did without it: false alarms 89 to
     * 69 of 6,448.
     */
    static final double CAREER_NEARER = 0.05;
    /**
     * Likewise when the nearest is an off-topic or vague message at least this much nearer ("Settle a bet with my
     * coworker: how tall is the Eiffel Tower?" sits 0.91 from the same trivia question and 0.57 from crises about
     * tall buildings): {@code CareTwinExperiment}, round 31, leaving one set out over 21,827 development messages, the
     * smallest margin that keeps every crisis named: off-topic messages given care 36 to 18 of 2,382, vague 10 to 4.
     */
    static final double OTHER_NEARER = 0.10;
    static final int OFF_TOPIC_NEIGHBOURS = 7;
    static final int OFF_TOPIC_VOTES = 4;
    static final int CAREER_VOTES = 5;
    /**
     * The linear reading's probability of off-topic at which a message is declined whatever its neighbours say
     * ({@code CareClassifierExperiment}, leaving one set out over the development sets, round 17: off-topic declined
     * 95.5 % to 97.3 %, ordinary messages declined 36 to 39 of 5,548, vague 5 to 5 of 841; round 18, with v18 and the
     * contrast messages to learn from: 97.0 % to 98.5 %, ordinary 37 to 43 of 5,848, vague 6 to 7 of 881).
     */
    static final double OFF_TOPIC_PROBABILITY = 0.7;
    /**
     * The linear reading's probability of a career message at which a message the rules declined for its everyday
     * words is kept ("can I put my chess club captaincy on my CV?"), unless it reads as off-topic too
     * ({@code CareClassifierExperiment}, round 18, leaving one set out: ordinary messages declined 43 to 28 of 5,848,
     * off-topic declined 98.5 to 97.9 %; at 0.9, 33 and 98.3 %).
     */
    static final double CAREER_PROBABILITY = 0.7;
    /**
     * How many of the seven nearest, when career questions, overrule the linear reading's off-topic
     * ({@code CareClassifierExperiment}, round 22, leaving one set out over 16,119 messages: career questions
     * declined 30 to 23 of 7,048, off-topic declined 98.2 to 98.0 %; all seven, 26 and 98.1 %; five, 22 and 97.8 %).
     */
    static final int CAREER_VETO = 6;
    /**
     * How many of a sentence's seven nearest must be crisis for one sentence of a long message to make it a crisis.
     * {@code SentenceCareExperiment}, round 29, leaving one set out over 21,217 development messages: of the 377
     * crises the whole message's neighbours miss, five of seven with messages of 30 words or more name 171 (five of
     * seven in any message of two sentences or more: 206, for 79 more false alarms, 1.86 %; six: 149 for 8; seven:
     * 122 for 1), and the false alarms go from 91 to 105 of 9,148 (1.00 to 1.15 %); with the rules first, 2,622 to
     * 2,627 of 2,650 crises named, two distress messages raised to crisis. The new false alarms are long messages
     * about a past of self-harm or abuse, or other people's (a pupil, a player, a client).
     */
    static final int SENTENCE_CRISIS_NEIGHBOURS = 5;
    /**
     * Only a message of this many words or more is read sentence by sentence (round 29: 25 words, 185 crises for 40
     * more false alarms; 40 words, 150 for 2).
     */
    static final int SENTENCE_MESSAGE_WORDS = 30;
    /**
     * At most this many sentences are read one by one: a message of 4,000 characters holds about 90 short ones, and
     * each costs an embedding.
     */
    static final int MOST_SENTENCES = 12;
    /** A sentence ends at a full stop, question or exclamation mark or semicolon before a space, or at a line break. */
    private static final java.util.regex.Pattern SENTENCE_END =
            java.util.regex.Pattern.compile("(?<=[.!?;])\\s+|\\s*\\n\\s*");

    /**
     * A labelled message.
     *
     * @param message the message
     * @param label {@code crisis}, {@code distress}, {@code ordinary}, {@code off_topic} or {@code vague}
     * @param kind for crisis and distress, the {@link Care.Kind} in lower case ({@code job_lost_today} is job loss)
     */
    public record Example(String message, String label, String kind) {
    }

    private final String[] labels;
    /** Each example's care kind; null for the ordinary, off-topic and vague ones, which have none. */
    private final Care.Kind[] kinds;
    /** The examples' vectors (the rows {@code LibraryVectors} shares, never written), searched exactly. */
    private final NearestVectors vectors;
    /** The linear reading trained on these examples' vectors, when it was (the bundled embedder only). */
    private final Optional<LinearLabeller> labeller;

    /**
     * Builds the reader, with the bundled linear reading when it was trained on these examples and vectors.
     *
     * @param examples the labelled messages
     * @param vectors their vectors, in the same order
     */
    public CareNeighbours(List<Example> examples, float[][] vectors) {
        this(examples, vectors, LinearLabeller.bundled(examples, vectors));
    }

    /**
     * Builds the reader with a linear reading trained elsewhere (tests and tuning).
     *
     * @param examples the labelled messages
     * @param vectors their vectors, in the same order
     * @param labeller the linear reading of these vectors
     */
    public CareNeighbours(List<Example> examples, float[][] vectors, LinearLabeller labeller) {
        this(examples, vectors, Optional.of(labeller));
    }

    /** {@return whether the linear reading is in use, beside the neighbours} */
    public boolean readsLinearly() {
        return labeller.isPresent();
    }

    /** {@return the same neighbours without the linear reading, as before round 17 (for measurements)} */
    public CareNeighbours withoutLinearReading() {
        return new CareNeighbours(this);
    }

    private CareNeighbours(CareNeighbours from) {
        this.labels = from.labels;
        this.kinds = from.kinds;
        this.vectors = from.vectors;
        this.labeller = Optional.empty();
    }

    private CareNeighbours(List<Example> examples, float[][] vectors, Optional<LinearLabeller> labeller) {
        this.labeller = labeller;
        if (labeller.isPresent() && vectors.length > 0 && labeller.get().dimensions() != vectors[0].length) {
            throw new IllegalArgumentException("the linear reading takes " + labeller.get().dimensions()
                    + " numbers, the vectors have " + vectors[0].length);
        }
        if (examples.size() != vectors.length || vectors.length == 0) {
            throw new IllegalArgumentException(examples.size() + " examples, " + vectors.length + " vectors");
        }
        this.labels = new String[examples.size()];
        this.kinds = new Care.Kind[examples.size()];
        this.vectors = new NearestVectors(vectors);
        for (int i = 0; i < labels.length; i++) {
            labels[i] = examples.get(i).label();
            kinds[i] = kindOf(examples.get(i));
        }
    }

    /**
     * {@return the bundled examples, in file order} Read once per process and shared (they are immutable): every
     * {@code Mosaic} built with an embedder holds them, and a server's tests build dozens.
     */
    public static List<Example> bundled() {
        return Bundled.EXAMPLES;
    }

    private static final class Bundled {
        static final List<Example> EXAMPLES = readBundled();
    }

    private static List<Example> readBundled() {
        try (InputStream in = CareNeighbours.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled care examples are missing from the jar (" + RESOURCE
                        + ")");
            }
            List<Example> out = new ArrayList<>();
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                out.add(new Example(row.get("message"), row.get("label"), row.get("kind")));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled care examples", e);
        }
    }

    /** {@return the texts to embed, in order} */
    public static List<String> texts(List<Example> examples) {
        return examples.stream().map(Example::message).toList();
    }

    /**
     * What a message's nearest labelled messages, and the linear reading, say.
     *
     * @param care the care they call for, or empty
     * @param offTopic whether most of them are off-topic, or the linear reading says so (only read when no care is
     *     called for)
     * @param career whether most of them are career questions (only read when no care is called for)
     * @param linearCareer whether the linear reading gives a career message a probability of 0.7 or more (false
     *     without a linear reading)
     * @param nearest the similarity of the nearest of them (0 when none was read)
     */
    public record Reading(Optional<Care.Kind> care, boolean offTopic, boolean career, boolean linearCareer,
                          double nearest) {
        /**
         * A reading without the linear reading's view of career.
         *
         * @param care the care they call for, or empty
         * @param offTopic whether the message reads as off-topic
         * @param career whether most of the nearest are career questions
         * @param nearest the similarity of the nearest
         */
        public Reading(Optional<Care.Kind> care, boolean offTopic, boolean career, double nearest) {
            this(care, offTopic, career, false, nearest);
        }

        /**
         * {@return this reading with a crisis one of the message's sentences reads as: care, and so neither
         * off-topic nor career}
         *
         * @param kind the crisis
         */
        public Reading withCrisis(Care.Kind kind) {
            return new Reading(Optional.of(kind), false, false, false, nearest);
        }

        /** {@return a reading that found nothing: no care, neither off-topic nor career} */
        public static Reading none() {
            return new Reading(Optional.empty(), false, false, 0);
        }
    }

    /**
     * {@return what the nearest labelled messages say about a message: care (the seven nearest, see the class
     * comment), or off-topic when at least four of the seven nearest are off-topic and the nearest is at similarity
     * 0.4 or more, or when the linear reading gives off-topic a probability of 0.7 or more, or a career question when
     * at least five of the seven are career questions (chosen like the care settings, in {@code CareTuning}, round 6:
     * with the career reading, a question the rules would decline for naming no word about work is kept, and the
     * development sets lose 0.6 points of off-topic declined, 96.1 to 95.5 %, for 21 fewer career questions declined,
     * 33 to 12 of 2,248), and whether the linear reading calls it a career message}
     *
     * @param vector the message's unit vector
     */
    public Reading read(float[] vector) {
        return read(vector, false);
    }

    /**
     * {@return what the nearest labelled messages say about a message ({@link #read(float[])}), for a message the
     * rules read as off-topic with no sign of risk or not}: for such a message they add no care when any of the
     * seven nearest is off-topic ({@code CareTwinExperiment}, round 32, leaving one set out over the development sets:
     * off-topic messages given care 21 to 9, false alarms 95 to 94 of 10,048, not one of 2,920 crises or 3,250
     * distress messages given less; "how does a bungee jump work" sat among crises about jumping)
     *
     * @param vector the message's unit vector
     * @param offTopicByRules whether the rules read the message as off-topic and saw no sign of risk in it
     */
    public Reading read(float[] vector, boolean offTopicByRules) {
        int[] nearest = vectors.nearest(vector, OFF_TOPIC_NEIGHBOURS);
        double closest = nearest.length == 0 ? 0 : vectors.similarity(vector, nearest[0]);
        double[] linear = labeller.map(l -> l.probabilities(vector)).orElse(null);
        boolean linearlyOffTopic = linear != null && linear[LinearLabeller.OFF_TOPIC] >= OFF_TOPIC_PROBABILITY;
        boolean linearlyCareer = linear != null && linear[LinearLabeller.ORDINARY] >= CAREER_PROBABILITY;
        if (nearest.length == 0 || closest < NEAREST) {
            return new Reading(Optional.empty(), linearlyOffTopic, false, linearlyCareer, closest);
        }
        int offTopic = 0;
        int career = 0;
        for (int i : nearest) {
            offTopic += labels[i].equals("off_topic") ? 1 : 0;
            career += labels[i].equals("ordinary") ? 1 : 0;
        }
        Optional<Care.Kind> care = otherClearlyNearer(vector, nearest, closest) || offTopicByRules && offTopic > 0
                ? Optional.empty() : care(nearest);
        // The reading declines nothing that nearly all the neighbours call a career question ("I have two offers and
        // can't decide" read 0.72 off-topic beside seven career questions).
        boolean careerByNeighbours = career >= CAREER_VETO;
        return new Reading(care, care.isEmpty() && (offTopic >= OFF_TOPIC_VOTES
                || linearlyOffTopic && !careerByNeighbours),
                care.isEmpty() && career >= CAREER_VOTES, care.isEmpty() && linearlyCareer, closest);
    }

    /**
     * {@return what the nearest labelled messages say about a message the rules gave no care: the whole message's
     * reading ({@link #read(float[])}), and when that names no crisis and the rules explained no words of care away,
     * the crisis one of a long message's sentences reads as ({@link #readSentence}): a crisis told in one sentence of
     * a long career question reads, as a whole, like the career question}
     *
     * @param message the message
     * @param byRules the rules' verdict on it
     * @param embedder the embedder the examples' vectors came from
     */
    public Reading read(String message, TriageResult byRules, Embedder embedder) {
        if (byRules.care()) {
            return Reading.none();
        }
        Reading whole = read(embedder.embed(message), byRules.verdict() == Verdict.OFF_TOPIC && !byRules.riskSigns());
        if (whole.care().filter(kind -> kind.level() == Care.Level.CRISIS).isPresent() || byRules.explained()) {
            return whole;
        }
        List<String> sentences = sentences(message);
        if (sentences.isEmpty()) {
            return whole;
        }
        for (float[] vector : embedder.embedAll(sentences)) {
            Optional<Care.Kind> crisis = readSentence(vector);
            if (crisis.isPresent()) {
                return whole.withCrisis(crisis.get());
            }
        }
        return whole;
    }

    /**
     * {@return the crisis one sentence of a long message reads as: its seven nearest labelled messages nearly all
     * crisis ({@link #SENTENCE_CRISIS_NEIGHBOURS}), the nearest close, and no career question clearly nearer; the kind
     * most of them share}
     *
     * @param vector the sentence's unit vector
     */
    public Optional<Care.Kind> readSentence(float[] vector) {
        int[] nearest = vectors.nearest(vector, NEIGHBOURS);
        if (nearest.length < NEIGHBOURS) {
            return Optional.empty();
        }
        double closest = vectors.similarity(vector, nearest[0]);
        int crisis = 0;
        for (int i : nearest) {
            crisis += labels[i].equals("crisis") ? 1 : 0;
        }
        if (closest < NEAREST || crisis < SENTENCE_CRISIS_NEIGHBOURS || otherClearlyNearer(vector, nearest, closest)) {
            return Optional.empty();
        }
        return mostCommonKind(nearest, Care.Level.CRISIS);
    }

    /**
     * {@return the sentences of a long message worth reading one by one: none for a message under
     * {@link #SENTENCE_MESSAGE_WORDS} words or of one sentence, else each sentence of four words or more, at most
     * {@link #MOST_SENTENCES} (the longest, when there are more, so a flood of short ones costs no more)}
     *
     * @param message the message
     */
    public static List<String> sentences(String message) {
        if (TriageResult.words(message) < SENTENCE_MESSAGE_WORDS) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(message)) {
            if (TriageResult.words(sentence) >= 4) {
                out.add(sentence.strip());
            }
        }
        if (out.size() < 2) {
            return List.of();
        }
        if (out.size() <= MOST_SENTENCES) {
            return List.copyOf(out);
        }
        List<String> all = out;
        return java.util.stream.IntStream.range(0, all.size()).boxed()
                .sorted(java.util.Comparator.comparingInt((Integer i) -> TriageResult.words(all.get(i))).reversed())
                .limit(MOST_SENTENCES).sorted().map(all::get).toList();
    }

    /**
     * {@return whether the nearest is a career question, an off-topic or a vague message clearly nearer than any
     * crisis or distress message}
     */
    private boolean otherClearlyNearer(float[] vector, int[] nearest, double closest) {
        if (kinds[nearest[0]] != null) {
            return false; // the nearest is itself a crisis or distress message
        }
        double margin = labels[nearest[0]].equals("ordinary") ? CAREER_NEARER : OTHER_NEARER;
        for (int t = 1; t < Math.min(NEIGHBOURS, nearest.length); t++) {
            if (kinds[nearest[t]] != null) {
                return closest - vectors.similarity(vector, nearest[t]) >= margin;
            }
        }
        return true;
    }

    /** The care the seven nearest call for. */
    private Optional<Care.Kind> care(int[] nearest) {
        int crisis = 0;
        int distress = 0;
        for (int t = 0; t < Math.min(NEIGHBOURS, nearest.length); t++) {
            crisis += labels[nearest[t]].equals("crisis") ? 1 : 0;
            distress += labels[nearest[t]].equals("distress") ? 1 : 0;
        }
        boolean manyCrises = crisis >= CRISIS_NEIGHBOURS;
        if (crisis + distress < CARE_NEIGHBOURS && !manyCrises) {
            return Optional.empty();
        }
        return mostCommonKind(nearest, crisis >= distress || manyCrises ? Care.Level.CRISIS : Care.Level.DISTRESS);
    }

    /** {@return the care kind of this level most of the seven nearest share} */
    private Optional<Care.Kind> mostCommonKind(int[] nearest, Care.Level level) {
        Map<Care.Kind, Integer> votes = new EnumMap<>(Care.Kind.class);
        for (int t = 0; t < Math.min(NEIGHBOURS, nearest.length); t++) {
            Care.Kind kind = kinds[nearest[t]];
            if (kind != null && kind.level() == level) {
                votes.merge(kind, 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private static Care.Kind kindOf(Example example) {
        if (!example.label().equals("crisis") && !example.label().equals("distress")) {
            return null;
        }
        String kind = example.kind().equals("job_lost_today") ? "job_loss" : example.kind();
        return Care.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
    }
}
