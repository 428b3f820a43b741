package dev.mosaic.core.internal.thread;

import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.coach.Coach.Fact.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the facts a person states about themselves in one message: roles, years of experience, money, place, dates,
 * companies, the people in their story and how they feel. Precision comes first: a fact the person did not state is
 * worse than one missed (the coach would repeat it back to them), so every reading needs the words that make it the
 * person's own ("I'm a nurse", "offered $85k", "my boss ... he") and refuses the usual traps (an age, "3 pages", a
 * friend's job, a hypothetical offer). Stateless and thread-safe.
 */
public final class FactReader {
    /** ASCII case folding: the patterns are English words, and Unicode folding costs more than the rest. */
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private FactReader() {
    }

    /**
     * What the message states.
     *
     * @param message what the person wrote
     * @param turn the turn's number
     * @param known what the session already knows (a correction replaces the fact whose value it names)
     * @param asked the kind of fact the coach's last reply asked for, if it asked for one
     * @return the facts, in the order of the kinds above
     */
    public static List<Coach.Fact> read(String message, int turn, List<Coach.Fact> known, Optional<Kind> asked) {
        String text = message.replace('’', '\'').replace('‘', '\'');
        if (hypothetical(text)) {
            return List.of();
        }
        List<Coach.Fact> facts = new ArrayList<>();
        roles(text, turn, facts);
        years(text, turn, facts);
        money(text, turn, known, asked, facts);
        places(text, turn, facts);
        dates(text, turn, facts);
        companies(text, turn, facts);
        people(text, turn, facts);
        feelings(text, turn, facts);
        return List.copyOf(facts);
    }

    /** "Suppose someone is offered 100k", "what if I became a chef": about nobody's real situation. */
    private static final Pattern HYPOTHETICAL = Pattern.compile("^\\s*(?:suppose|supposing|imagine|hypothetically|"
            + "what if|if i were|if someone|say someone|in general)\\b|\\bwhat if i just\\b", FLAGS);

    private static boolean hypothetical(String text) {
        return HYPOTHETICAL.matcher(text).find();
    }

    // ---------------------------------------------------------------------------------------------- roles

    /** Words a job title ends with. */
    static final Set<String> ROLE_HEADS = words("teacher", "nurse", "engineer", "developer", "dev", "manager",
            "analyst", "designer", "electrician", "plumber", "chef", "cook", "accountant", "lawyer", "solicitor",
            "barrister", "paralegal", "cashier", "barista", "waiter", "waitress", "bartender", "driver", "trucker",
            "mechanic", "technician", "tech", "scientist", "researcher", "consultant", "marketer", "writer", "editor",
            "journalist", "recruiter", "administrator", "admin", "assistant", "coordinator", "director", "officer",
            "specialist", "representative", "rep", "agent", "clerk", "receptionist", "pharmacist", "doctor",
            "physician", "dentist", "therapist", "counselor", "counsellor", "worker", "carpenter", "welder",
            "builder", "labourer", "laborer", "architect", "programmer", "student", "graduate", "grad", "intern",
            "apprentice", "lecturer", "professor", "tutor", "librarian", "paramedic", "firefighter", "soldier",
            "veteran", "pilot", "nanny", "carer", "caregiver", "cleaner", "janitor", "housekeeper", "stocker",
            "associate", "supervisor", "executive", "founder", "freelancer", "contractor", "photographer", "artist",
            "musician", "actor", "banker", "trader", "auditor", "bookkeeper", "economist", "statistician",
            "strategist", "planner", "buyer", "merchandiser", "salesperson", "salesman", "saleswoman", "operative",
            "operator", "machinist", "surveyor", "realtor", "midwife", "dietitian", "vet", "veterinarian",
            "hygienist", "radiographer", "physio", "physiotherapist", "pm", "sde", "swe", "qa", "tester", "sysadmin",
            "sergeant", "sparky", "chippy", "secretary", "copywriter", "fellow", "instructor", "coach", "advisor",
            "adviser", "partner", "lead", "head", "cfo", "ceo", "cto", "coo", "vp", "sdr", "bdr", "ae", "hca",
            "attendant", "steward", "stewardess", "guard", "porter", "courier", "handyman", "gardener", "landscaper",
            "farmer", "butcher", "baker", "hairdresser", "stylist", "beautician", "optometrist", "surgeon",
            "psychologist", "psychiatrist", "scrum master", "owner", "investigator", "inspector", "estimator",
            "underwriter", "actuary", "translator", "interpreter", "producer", "animator", "illustrator",
            "storekeeper", "packer", "picker", "loader", "dispatcher", "controller", "principal", "headteacher",
            "dentist", "pharmacist", "teller", "broker", "generalist", "scaffolder", "hrbp", "roofer", "bricklayer",
            "plasterer", "glazier", "locksmith", "upholsterer", "tiler", "joiner", "handler");
    /** Fields of work ("I work in HR", "move into data science"). */
    static final Set<String> FIELDS = words("hr", "marketing", "sales", "finance", "retail", "hospitality",
            "healthcare", "it", "tech", "customer service", "customer success", "support", "operations", "ops",
            "logistics", "education", "teaching", "nursing", "accounting", "law", "construction", "banking",
            "insurance", "government", "nonprofit", "non-profit", "recruitment", "recruiting", "publishing",
            "journalism", "engineering", "data", "design", "ux", "ui", "product", "consulting", "manufacturing",
            "management", "development", "analytics", "analysis", "science", "security", "cybersecurity", "research",
            "writing", "compliance", "coding", "programming", "medicine", "pharmacy", "therapy", "real estate",
            "devops", "testing", "copywriting", "photography", "animation", "gaming", "aviation", "academia",
            "tutoring", "informatics", "policy", "procurement", "payroll", "admin", "administration", "tourism",
            "fintech", "software", "web", "mining", "energy", "trades", "media", "pr", "communications", "legal",
            "social work", "care", "childcare", "fitness", "events", "ecommerce", "e-commerce", "chain", "audit",
            "tax", "nursing informatics", "instructional design", "project management", "product management",
            "data science", "data analysis", "data analytics", "machine learning", "ai", "quality", "qa", "qc",
            "quality control", "quality assurance", "regulatory affairs");
    /** "I'm a bit", "I'm a mess": words after "a" that are not a job. */
    private static final Set<String> NOT_ROLES = words("bit", "little", "mess", "wreck", "failure", "fraud",
            "fan", "mum", "mom", "dad", "parent", "mother", "father", "person", "people", "loser", "joke", "lot",
            "year", "week", "month", "day", "good", "great", "big", "huge", "quick", "fast", "slow", "new", "single",
            "total", "complete");
    private static final Set<String> STOPS = words("and", "but", "because", "so", "for", "at", "in", "with",
            "since", "from", "after", "before", "by", "while", "or", "who", "that", "which", "to", "on", "of", "i",
            "my", "is", "was", "are", "am", "now", "then", "when", "if", "than", "job", "jobs", "role", "roles",
            "position", "positions", "post", "opening", "work", "here", "there", "currently", "right", "based", "been",
            "years", "year", "yrs", "yr", "earning", "making", "on", "-", "looking", "hoping", "wanting", "trying",
            "want", "thinking", "considering", "about", "into", "a", "an", "the", "too", "also", "really", "just",
            "it's", "its", "im", "i'm", "doing", "pay", "paid");
    /** Fields that are ordinary words in lower case. */
    private static final Set<String> CAPITALS_ONLY = words("it", "ai", "pr", "qa");
    private static final Set<String> LEADING_NOISE = words("a", "an", "the", "currently", "now", "still",
            "working", "full-time", "part-time", "fulltime", "parttime", "qualified", "trained");

    private static final Pattern CURRENT_ROLE = Pattern.compile("(?:(?:^|(?<=[.!?]\\s))\\s*was|\\b(?:i'?ve been in|"
            + "ive been in|i have been in|i'?ve worked in|worked in|i'?m|im|i am|i work as|working as|i'?ve been|"
            + "ive been|i have been|been|i was|currently|former|ex-|my (?:job|role) is|i work in|i'?m in|"
            + "years (?:as|in)|yrs (?:as|in)|years into|my (?:current )?job as|my (?:current )?job in|as an?|"
            + "used to be|(?:my )?last (?:job|role|position) was|(?:i )?worked as|previously))"
            + "\\s+(?:an?\\s+)?", FLAGS);
    private static final Pattern TARGET_ROLE = Pattern.compile("\\b(?:want to (?:be|become|work as|move into|get "
            + "into|switch (?:in)?to|go into|try|transition (?:in)?to|move to)|wanting to (?:move into|get into|go "
            + "into|switch to|become)|hoping to (?:land|get|move into|become|break into)|move into|moving into|"
            + "switch (?:in)?to|switching (?:in)?to|transition (?:in)?to|transitioning (?:in)?to|pivot (?:in)?to|"
            + "pivoting (?:in)?to|go into|going into|get into|getting into|break into|retrain as|retraining as|"
            + "train as|training as|become an?|becoming an?|applying for|apply for|applied for|interview(?:ing)? for|"
            + "offer for|looking for|land an?|move to|moving to|a job as|starting .{0,40}? as an?|got the job .{0,30}"
            + "|desperate to get into|trying to get into|considering a move into|thinking about moving into|"
            + "(?<!my )(?:a |an )?(?:part[- ]time |full[- ]time )?job in|need a job as an?|role:|position:|"
            + "(?:the )?new (?:role|job|position) is|offered)\\s+"
            + "(?:an?\\s+|the\\s+|some\\s+|my\\s+|part[- ]time\\s+|full[- ]time\\s+)?", FLAGS);
    private static final Pattern ROLE_LEAD = Pattern.compile("^\\s*(?:hi[!,.]?\\s+|hey[!,.]?\\s+|g'day[!,.]?\\s+"
            + "|hello[!,.]?\\s+)?((?:[a-z][\\w/&-]*\\s+){0,3}?[a-z][\\w/&-]*)\\s*(?:,|\\bhere\\b|\\bfor\\b|\\bat\\b|\\s\\d|"
            + "\\s\\(|\\bin\\b|\\bon\\b|\\bwith\\b)", FLAGS);

    /** "for a technical program manager role", "about a Java architect role": the role asked about. */
    private static final Pattern ROLE_ASKED_ABOUT = Pattern.compile("\\b(?:for|about|into|it'?s|it is|looking at)\\s+"
            + "(?:(?:an?|the)\\s+)?((?:[\\p{L}][\\w/&-]*\\s+){0,3}?[\\p{L}][\\w/&-]*)\\s+(?:role|job|position|post|"
            + "opening|vacancy|spot|promotion)s?\\b", FLAGS);
    /** "a job as", "retrain as", "starting ... as": an "as" that names where they are going, not where they are. */
    private static final Pattern AS_TARGET = Pattern.compile("(?:job|retrain|retraining|train|training|start|"
            + "starting|become|hired|rehired|work|apply|applying|interview|interviewing|offer|offered)\\b[^.?!,;]{0,45}$",
            FLAGS);
    /** "my time as", "a stint as", "two years spent as": a spell of work the person counts, not where they are. */
    private static final Pattern SPELL_AS = Pattern.compile("\\b(?:time|stint|spell|days|period)\\s*$", FLAGS);
    private static final java.util.Set<String> COMPANY_NOUNS = words("company", "companies", "firm", "firms",
            "startup", "startups", "agency", "business", "industry", "sector", "world", "side", "space");

    private static final Pattern ROLE_WORD = Pattern.compile("[\\p{L}][\\p{L}\\d/&'-]*");
    private static final Pattern PLACE_TOKEN = Pattern.compile("[\\p{L}][\\p{L}'.-]*");
    private static final Pattern EMPLOYER_WORDS = Pattern.compile("[A-Za-z][A-Za-z&'.-]*(?:\\s+[A-Za-z][A-Za-z&'.-]*)?");

    private static void roles(String text, int turn, List<Coach.Fact> facts) {
        Optional<String[]> target = target(text);
        Optional<String[]> current = Optional.empty();
        Optional<String[]> past = Optional.empty();
        Matcher m = CURRENT_ROLE.matcher(text);
        while (m.find() && current.isEmpty()) {
            String trigger = m.group().toLowerCase(Locale.ROOT).strip();
            if (otherPerson(text, m.start())) {
                continue;
            }
            if (Regexes.matches(trigger, "as an?(?:\\s+an?)?") && AS_TARGET.matcher(text.substring(0, m.start())).find()) {
                continue;
            }
            if (Regexes.matches(trigger, "as an?(?:\\s+an?)?") && SPELL_AS.matcher(text.substring(0, m.start())).find()) {
                continue; // "11 if you count my time as an HR assistant": a spell counted in, not the role now
            }
            Optional<String[]> read = rolePhrase(text, m.end(), Regexes.matches(trigger, ".*\\b(?:in|into)$"));
            if (read.isPresent() && trigger.startsWith("been") && !read.get()[0].contains(" ")
                    && FIELDS.contains(read.get()[0].toLowerCase(Locale.ROOT))) {
                continue; // "been job hunting", "been in data for a while": too loose alone
            }
            if (read.isPresent() && target.isPresent() && read.get()[0].equalsIgnoreCase(target.get()[0])) {
                continue;
            }
            if (read.isPresent() && Regexes.matches(trigger, "(?:former|ex-|i was|was|used to be|(?:my )?last "
                    + "(?:job|role|position) was|(?:i )?worked as|previously)")) {
                if (past.isEmpty()) {
                    past = read; // "Former teacher, now working as a tutor": the tutor is current
                }
                continue;
            }
            current = read;
        }
        if (current.isEmpty()) {
            current = past;
        }
        if (current.isEmpty()) {
            // "civil engineer, 7 years", "Teacher, 20 years.", "sparky here", "Bookkeeper for 5 yrs"
            Matcher lead = ROLE_LEAD.matcher(text);
            if (lead.find() && !Regexes.matches(lead.group(1).toLowerCase(Locale.ROOT), "(?:my|our|the|a|an|his|her|their)\\b.*")
                    && java.util.Arrays.stream(Regexes.split(lead.group(1).toLowerCase(Locale.ROOT), "\\s+"))
                            .noneMatch(w -> STOPS.contains(w) && !FIELDS.contains(w))) {
                current = trimmedRole(lead.group(1), false).map(r -> new String[] {r, lead.group(1)});
            }
        }
        if (current.isEmpty()) {
            Optional<String[]> going = target;
            current = laterLead(text).filter(r -> going.isEmpty() || !r[0].equalsIgnoreCase(going.get()[0]));
        }
        if (current.isPresent()) {
            facts.add(new Coach.Fact(Kind.CURRENT_ROLE, current.get()[0], current.get()[1], turn));
        }
        if (target.isPresent() && (current.isEmpty() || !current.get()[0].equalsIgnoreCase(target.get()[0]))) {
            facts.add(new Coach.Fact(Kind.TARGET_ROLE, target.get()[0], target.get()[1], turn));
        }
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+");

    /**
     * A job title that opens a later sentence and is followed by what a profile line has ("underwriter, 6 years",
     * "Nurse in Leeds"); unlike the first sentence, the title must end on a job word, not a field.
     */
    private static Optional<String[]> laterLead(String text) {
        Matcher sentence = SENTENCE_END.matcher(text);
        while (sentence.find()) {
            Matcher lead = ROLE_LEAD.matcher(text.substring(sentence.end()));
            if (!lead.find()) {
                continue;
            }
            String phrase = lead.group(1);
            String[] words = Regexes.split(phrase.toLowerCase(Locale.ROOT), "\\s+");
            if (Regexes.matches(phrase.toLowerCase(Locale.ROOT), "(?:my|our|the|a|an|his|her|their|i|i'm|im)\\b.*")
                    || java.util.Arrays.stream(words).anyMatch(STOPS::contains)
                    || !isJobWord(words[words.length - 1])) {
                continue;
            }
            Optional<String> role = trimmedRole(phrase, false);
            if (role.isPresent()) {
                return Optional.of(new String[] {role.get(), phrase});
            }
        }
        return Optional.empty();
    }

    private static Optional<String[]> target(String text) {
        Matcher t = TARGET_ROLE.matcher(text);
        while (t.find()) {
            if (otherPerson(text, t.start()) || negatedWant(text, t.start())) {
                continue;
            }
            Optional<String[]> target = rolePhrase(text, t.end(), true);
            if (target.isPresent() && !isPlace(target.get()[0])) {
                return target;
            }
        }
        Matcher asked = ROLE_ASKED_ABOUT.matcher(text);
        while (asked.find()) {
            Optional<String> role = trimmedRole(asked.group(1), true);
            if (role.isPresent() && !otherPerson(text, asked.start())) {
                return Optional.of(new String[] {role.get(), asked.group(1)});
            }
        }
        return Optional.empty();
    }

    /** "my friend is a nurse", "my dad was a pilot": another person's job is not the person's. */
    private static boolean otherPerson(String text, int at) {
        String before = text.substring(Math.max(0, at - 30), at).toLowerCase(Locale.ROOT);
        return Regexes.matches(before, ".*\\b(?:friend|mate|dad|mum|mom|father|mother|brother|sister|wife|husband|partner|"
                + "roommate|flatmate|son|daughter|cousin|boss|manager|colleague|coworker|someone|he|she|they)"
                + "(?:'s| is| was| has been| works)?\\s*$");
    }

    private static boolean negatedWant(String text, int at) {
        String before = text.substring(Math.max(0, at - 12), at).toLowerCase(Locale.ROOT);
        return Regexes.matches(before, ".*\\b(?:don't|dont|do not|never|not)\\s*$");
    }

    /** The role phrase starting at {@code from}: up to four words ending on a job title (or a field). */
    private static Optional<String[]> rolePhrase(String text, int from, boolean fieldAllowed) {
        Matcher words = ROLE_WORD.matcher(text);
        words.region(from, text.length());
        List<String> taken = new ArrayList<>();
        int start = -1;
        int end = from;
        while (words.find() && taken.size() < 5) {
            String between = text.substring(end, words.start());
            if (!taken.isEmpty() && !between.isBlank()) {
                break; // punctuation ends the phrase
            }
            if (taken.isEmpty() && !text.substring(from, words.start()).isBlank()) {
                return Optional.empty();
            }
            String word = words.group();
            String lower = word.toLowerCase(Locale.ROOT);
            if (taken.isEmpty() && LEADING_NOISE.contains(lower)) {
                end = words.end();
                from = words.end();
                continue;
            }
            if (COMPANY_NOUNS.contains(lower) && !taken.isEmpty()) {
                return Optional.empty(); // "a tech company": an employer, not a role
            }
            if (STOPS.contains(lower) && !(taken.isEmpty() && FIELDS.contains(lower))) {
                break;
            }
            if (start < 0) {
                start = words.start();
            }
            taken.add(word);
            end = words.end();
        }
        int begin = start;
        return trimmedRole(String.join(" ", taken), fieldAllowed).map(r -> new String[] {r,
                begin < 0 ? r : text.substring(begin, Math.min(text.length(), begin + r.length()))});
    }

    /** {@return whether a lowercase word ends a job title ("nurse", "nurses"), as opposed to a field ("nursing")} */
    static boolean isJobWord(String word) {
        return ROLE_HEADS.contains(word) || ROLE_HEADS.contains(Regexes.replaceAll(word, "s$", ""));
    }

    /** The phrase cut after its last job title or field; empty when it holds none or starts with a non-job. */
    private static Optional<String> trimmedRole(String phrase, boolean fieldAllowed) {
        String[] words = Regexes.split(phrase.strip(), "\\s+");
        if (words.length == 0 || words[0].isEmpty() || NOT_ROLES.contains(words[0].toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int last = -1;
        for (int i = 0; i < words.length; i++) {
            if (CAPITALS_ONLY.contains(words[i].toLowerCase(Locale.ROOT)) && !words[i].equals(words[i].toUpperCase(
                    Locale.ROOT))) {
                continue; // "get into it", "sign it": the pronoun, not IT
            }
            String w = Regexes.replaceAll(words[i].toLowerCase(Locale.ROOT), "'s$", "");
            String two = i > 0 ? words[i - 1].toLowerCase(Locale.ROOT) + " " + w : w;
            if (isJobWord(w) || ROLE_HEADS.contains(two) || FIELDS.contains(w) || FIELDS.contains(two)) {
                last = i;
            }
        }
        if (last < 0) {
            return Optional.empty();
        }
        String role = String.join(" ", java.util.Arrays.copyOfRange(words, 0, last + 1));
        String head = words[last].toLowerCase(Locale.ROOT);
        boolean isField = !isJobWord(head);
        if (isField && !fieldAllowed && last == 0 && words.length > 1) {
            return Optional.empty(); // "I'm in tech debt hell": a lone field word needs "work in"/"move into"
        }
        if (role.length() > 60) {
            return Optional.empty();
        }
        return Optional.of(role);
    }

    // ---------------------------------------------------------------------------------------------- years

    private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|twenty-five|thirty";
    private static final List<String> NUMBER_WORD_LIST = List.of(NUMBER_WORDS.split("\\|"));
    private static final Pattern YEARS = Pattern.compile("\\b(\\d{1,2}(?:\\.5)?|" + NUMBER_WORDS + ")\\+?[ -]?"
            + "(?:years?|yrs?)(?:'|’)?\\b", FLAGS);
    private static final Pattern YEARS_AFTER_BAD = Pattern.compile("^(?:'s)?\\s*(?:old|ago|of age|younger|older|"
            + "from now|'s time|gap|break|degree|course|program|programme|contract|plan|mortgage|visa|off|out|"
            + "at home|at uni|of uni|of school|of study|of studying|of marriage|since)\\b", FLAGS);
    private static final Pattern YEARS_BEFORE_BAD = Pattern.compile("(?:\\bin|\\bnext|\\bwithin|\\bage|\\baged|"
            + "\\bout of work for|\\bunemployed for|\\blooking for|\\bsearching for|\\bhunting for|\\bhome for|"
            + "\\bmum for|\\bmom for|\\bparent for|\\bdad for|\\bmarried for|\\bgap of|\\bbreak of|\\bfor the past|"
            + "\\boff for|\\bcarer for|\\bcaring for|\\bstudying for|\\bhome with .{0,20}for|\\bstayed home for|"
            + "\\bstay-at-home .{0,12}for|\\bliving .{0,20}for|\\blived .{0,20}for|\\btravel(?:l)?ing for|"
            + "\\babroad for|\\bsick for|\\bill for|\\brecovering for|\\bunder)\\s*$", FLAGS);

    /** "I said 9 years but it's 11", "not 5 years, more like 7": the number said second is the one meant. */
    private static final Pattern YEARS_CORRECTED = Pattern.compile("\\b(?:i said|not)\\s+\\d{1,2}\\s*(?:years?|yrs?)\\b"
            + "[^.?!]{0,20}?\\b(?:but|actually|more like|it'?s|it is)\\s+(?:it'?s\\s+|it is\\s+|more like\\s+|actually\\s+)*"
            + "(\\d{1,2})\\b", FLAGS);

    private static void years(String text, int turn, List<Coach.Fact> facts) {
        Matcher corrected = YEARS_CORRECTED.matcher(text);
        if (corrected.find()) {
            int value = number(corrected.group(1));
            if (value >= 1 && value <= 50) {
                facts.add(new Coach.Fact(Kind.YEARS, Integer.toString(value), corrected.group(), turn));
                return;
            }
        }
        Matcher m = YEARS.matcher(text);
        while (m.find()) {
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 20));
            String before = text.substring(Math.max(0, m.start() - 40), m.start());
            if (YEARS_AFTER_BAD.matcher(after).find() || YEARS_BEFORE_BAD.matcher(before).find()
                    || Regexes.matches(before.toLowerCase(Locale.ROOT), ".*\\b(?:my |his |her |their |a )$")) {
                continue;
            }
            if (otherPerson(text, Math.max(0, m.start() - 25)) && Regexes.matches(before.toLowerCase(Locale.ROOT),
                    ".*\\b(?:friend|dad|mum|mom|wife|husband|partner|brother|sister)\\b.*")
                    || someoneElsesClause(text, m.start())) {
                continue;
            }
            int value = number(m.group(1));
            if (value < 1 || value > 50) {
                continue;
            }
            facts.add(new Coach.Fact(Kind.YEARS, Integer.toString(value), m.group(), turn));
            return;
        }
    }

    /**
     * Whether the clause a position stands in is about someone else: it opens with "my dad", "her sister" and the
     * like, and the writer does not appear in it ("My dad was a miner for 30 years").
     */
    private static boolean someoneElsesClause(String text, int at) {
        String before = text.substring(0, at).toLowerCase(Locale.ROOT);
        int start = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')),
                Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf('!'), before.lastIndexOf('?'))));
        String clause = before.substring(start + 1).strip();
        return Regexes.matches(clause, "(?:my|our|his|her|their)\\s+(?:dad|father|mum|mom|mother|brother|sister|"
                + "wife|husband|partner|friend|mate|son|daughter|uncle|aunt|cousin|grandad|grandpa|grandma|nan)\\b.*")
                && !Regexes.matches(clause, ".*\\b(?:i|i'm|im|i've|ive|me|myself)\\b.*");
    }

    static int number(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (Regexes.matches(w, "\\d+(?:\\.5)?")) {
            return (int) Math.floor(Double.parseDouble(w));
        }
        List<String> words = List.of(Regexes.split(NUMBER_WORDS, "\\|"));
        int index = words.indexOf(w);
        return switch (w) {
            case "twenty" -> 20;
            case "twenty-five" -> 25;
            case "thirty" -> 30;
            default -> index + 1;
        };
    }

    // ---------------------------------------------------------------------------------------------- money

    private static final Pattern AMOUNT = Pattern.compile("(?:(?:[$£€₹]|\\b(?:rs\\.?|inr|usd|aud|cad|gbp)\\s?)"
            + "\\d[\\d,]*(?:\\.\\d+)?\\s?(?:k\\b|m\\b|million\\b|lakhs?\\b|lacs?\\b|lpa\\b)?"
            + "|\\b\\d[\\d,]*(?:\\.\\d+)?\\s?(?:k\\b|lakhs?\\b|lacs?\\b|lpa\\b)"
            + "|\\b\\d{2,3},\\d{3}\\b|\\b\\d{1,3}(?:\\.\\d{1,2})?(?=\\s?(?:an hour|/hr|per hour|p/h|/hour|an hr))"
            + "|\\b\\d{1,3}\\.\\d{2}\\b)(?:\\s?(?:cad|usd|aud|gbp|eur|nzd))?(?:\\s?(?:an hour|/hr|per hour|p/h|/hour|"
            + "a year|per year|/year|pa\\b|p\\.a\\.))?", FLAGS);
    private static final Pattern OFFER_WORDS = Pattern.compile("\\b(?:offer|offered|offering|offers|came back "
            + "with|they'?re giving|proposed|quoted|package|would pay|role pays|job pays|it pays|they pay)\\b", FLAGS);
    private static final Pattern PAY_WORDS = Pattern.compile("\\b(?:i make|i'?m making|im making|making|make|earn|"
            + "ctc|current base|my base|base is|i earn|"
            + "earning|i'?m on|im on|i am on|currently on|currently at|current pay|current salary|my salary|my pay|"
            + "my wage|i get paid|paid|salary is|pay is|currently|current sall?ary|current salery|my sall?ary|"
            + "sall?ary is)\\b", FLAGS);
    /** "on £23k", "Current: $54k": pay named right before the amount. */
    private static final Pattern PAY_RIGHT_BEFORE = Pattern.compile("\\b(?:on|current|now at|i'?m at|im at|i am at)"
            + "\\s*:?\\s*$", FLAGS);
    private static final Pattern SAVINGS = Pattern.compile("(?:\\b(?:about|around|roughly|maybe|nearly|almost|only|"
            + "just)\\s+)?\\b(?:\\d{1,2}|" + NUMBER_WORDS + "|a few|a couple of)\\s+months?(?:'|’)?\\s+(?:of\\s+)?"
            + "(?:savings|saved|runway|expenses|cushion|living costs|money)\\b|\\bsav(?:ed|ings)[^.?!]{0,25}?"
            + "\\b(?:for|last|of|:)\\s*(?:about\\s+|around\\s+|roughly\\s+)?(?:\\d{1,2}|" + NUMBER_WORDS
            + "|a few)\\s+months?\\b|\\bsav(?:ed|ings)\\s+(?:would|will|could)\\s+(?:cover|last)\\s+(?:me\\s+)?"
            + "(?:about\\s+|around\\s+|roughly\\s+)?(?:a|one|half a|\\d{1,2}|" + NUMBER_WORDS + "|a few)\\s+"
            + "(?:months?|years?)\\b", FLAGS);

    private static void money(String text, int turn, List<Coach.Fact> known, Optional<Kind> asked,
                              List<Coach.Fact> facts) {
        Matcher s = SAVINGS.matcher(text);
        if (s.find()) {
            facts.add(new Coach.Fact(Kind.SAVINGS, s.group().strip(), s.group().strip(), turn));
        }
        Matcher m = AMOUNT.matcher(text);
        boolean offerTaken = false;
        boolean payTaken = false;
        while (m.find()) {
            String amount = m.group().strip();
            String before = sentenceBefore(text, m.start(), 90);
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
            String lowerBefore = before.toLowerCase(Locale.ROOT);
            if (Regexes.matches(lowerBefore, ".*\\b(?:not|instead of|rather than|if i got offered|if they offered|"
                    + "if|ask for|asking for|counter (?:with|at)|counter-offer of|hoping for|want|aiming for|"
                    + "target of|budget of|range of|between|to|than)\\s*$")) {
                continue; // corrected away, wished for, or hypothetical
            }
            Optional<Kind> kind = correctionOf(amount, text, known);
            if (kind.isEmpty()) {
                kind = moneyKind(before, after, text);
            }
            if (kind.isEmpty() && asked.isPresent() && (asked.get() == Kind.OFFER || asked.get() == Kind.CURRENT_PAY)) {
                kind = asked;
            }
            if (kind.isEmpty() && CORRECTING.matcher(text).find() && !correctsAnUnknownAmount(amount, text, known)) {
                kind = latestMoney(known); // "wait it's $62,000, I was looking at the old email"
            }
            if (kind.isEmpty()) {
                continue;
            }
            if (kind.get() == Kind.OFFER && !offerTaken) {
                offerTaken = true;
                facts.add(new Coach.Fact(Kind.OFFER, amount, amount, turn));
            } else if (kind.get() == Kind.CURRENT_PAY && !payTaken) {
                payTaken = true;
                facts.add(new Coach.Fact(Kind.CURRENT_PAY, amount, amount, turn));
            }
        }
    }

    private static final Pattern NOT_AMOUNT = Pattern.compile("\\bnot\\s+(" + AMOUNT.pattern() + ")", FLAGS);
    private static final Pattern CORRECTING = Pattern.compile("^\\s*(?:oh\\s+)?(?:actually|wait|sorry|correction|"
            + "oops|i meant|my bad|no,)|\\bcorrection\\b|\\bi meant\\b|\\bmisread\\b|\\btypo\\b", FLAGS);

    private static Optional<Kind> latestMoney(List<Coach.Fact> known) {
        for (int i = known.size() - 1; i >= 0; i--) {
            if (known.get(i).kind() == Kind.OFFER || known.get(i).kind() == Kind.CURRENT_PAY) {
                return Optional.of(known.get(i).kind());
            }
        }
        return Optional.empty();
    }

    /** The text before {@code at}, at most {@code reach} characters, from the start of its sentence. */
    private static String sentenceBefore(String text, int at, int reach) {
        String before = text.substring(Math.max(0, at - reach), at);
        int cut = Math.max(Math.max(before.lastIndexOf(". "), before.lastIndexOf("! ")), before.lastIndexOf("? "));
        return cut >= 0 ? before.substring(cut + 2) : before;
    }

    /** "actually it's 95k, not 85k": the known money fact whose value the message says "not" to. */
    private static Optional<Kind> correctionOf(String amount, String text, List<Coach.Fact> known) {
        for (String corrected : notAmounts(amount, text)) {
            Optional<Kind> kind = knownMoney(corrected, known);
            if (kind.isPresent()) {
                return kind;
            }
        }
        return Optional.empty();
    }

    /**
     * "wait, Whitmore is $81k, not $78k" when the coach only knows the other offer ($85k): the correction is about an
     * amount never noted, so it replaces none of the known ones.
     */
    private static boolean correctsAnUnknownAmount(String amount, String text, List<Coach.Fact> known) {
        return notAmounts(amount, text).stream().anyMatch(corrected -> knownMoney(corrected, known).isEmpty());
    }

    /** {@return the digits of the amounts the message says "not" to, other than this amount} */
    private static List<String> notAmounts(String amount, String text) {
        List<String> out = new ArrayList<>();
        Matcher not = NOT_AMOUNT.matcher(text);
        while (not.find()) {
            String corrected = digits(not.group(1));
            if (!digits(amount).equals(corrected)) {
                out.add(corrected);
            }
        }
        return out;
    }

    /** {@return the kind of the known money fact with these digits (an offer or current pay), if any} */
    private static Optional<Kind> knownMoney(String digits, List<Coach.Fact> known) {
        for (Coach.Fact fact : known) {
            if ((fact.kind() == Kind.OFFER || fact.kind() == Kind.CURRENT_PAY) && digits(fact.value()).equals(digits)) {
                return Optional.of(fact.kind());
            }
        }
        return Optional.empty();
    }

    private static String digits(String amount) {
        return Regexes.replaceAll(amount, "[^0-9.kK]", "").toLowerCase(Locale.ROOT);
    }

    private static Optional<Kind> moneyKind(String before, String after, String text) {
        String near = before;
        boolean offerBefore = OFFER_WORDS.matcher(near).find();
        boolean payBefore = PAY_WORDS.matcher(near).find() || PAY_RIGHT_BEFORE.matcher(near).find();
        if (offerBefore && payBefore) {
            Matcher o = OFFER_WORDS.matcher(near);
            Matcher p = (PAY_RIGHT_BEFORE.matcher(near).find() ? PAY_RIGHT_BEFORE : PAY_WORDS).matcher(near);
            int lastOffer = -1;
            int lastPay = -1;
            while (o.find()) {
                lastOffer = o.start();
            }
            while (p.find()) {
                lastPay = p.start();
            }
            return Optional.of(lastOffer > lastPay ? Kind.OFFER : Kind.CURRENT_PAY);
        }
        if (offerBefore) {
            return Optional.of(Kind.OFFER);
        }
        if (payBefore) {
            return Optional.of(Kind.CURRENT_PAY);
        }
        String soon = after.toLowerCase(Locale.ROOT);
        if (Regexes.matches(soon, "^\\s*(?:offer|job offer|from|base offer)\\b.*")) {
            return Optional.of(Kind.OFFER);
        }
        if (Regexes.matches(before.toLowerCase(Locale.ROOT), ".*\\b(?:it's|its|it is|that's)\\s*$")
                && OFFER_WORDS.matcher(text).find()) {
            return Optional.of(Kind.OFFER); // "...reply to the offer by 5pm. It's £38k"
        }
        if (Regexes.matches(soon, "^\\s*(?:now|currently|at the moment|right now)\\b.*")
                || Regexes.matches(soon, "^[^.?!]{0,25}\\bas an?\\b.*")) {
            return Optional.of(Kind.CURRENT_PAY);
        }
        // "Got my first real offer!! Junior analyst at Harlow, $58,000": one amount, an offer named, no pay words.
        String lower = text.toLowerCase(Locale.ROOT);
        if (OFFER_WORDS.matcher(lower).find() && !PAY_WORDS.matcher(lower).find() && !PAY_RIGHT_BEFORE.matcher(lower)
                .find() && AMOUNT.matcher(text).results().count() == 1) {
            return Optional.of(Kind.OFFER);
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------------------------------------- places

    private static final Pattern REMOTE = Pattern.compile("\\b(?:fully |100% |full )?remote(?:ly)?\\b(?! control)",
            FLAGS);

    private static void places(String text, int turn, List<Coach.Fact> facts) {
        Matcher remote = REMOTE.matcher(text);
        Optional<Coach.Fact> found = Optional.empty();
        Matcher words = PLACE_TOKEN.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (words.find()) {
            spans.add(new int[] {words.start(), words.end()});
        }
        for (int i = 0; i < spans.size() && found.isEmpty(); i++) {
            for (int n = 3; n >= 1 && found.isEmpty(); n--) {
                if (i + n > spans.size()) {
                    continue;
                }
                String phrase = Regexes.replaceAll(text.substring(spans.get(i)[0], spans.get(i + n - 1)[1]), "[.']+$", "");
                Optional<Places.Place> place = Places.find(phrase);
                if (place.isEmpty()) {
                    continue;
                }
                String before = text.substring(Math.max(0, spans.get(i)[0] - 25), spans.get(i)[0])
                        .toLowerCase(Locale.ROOT);
                boolean preposition = Regexes.matches(before, ".*\\b(?:in|to|near|from|around|at|outside|based in|move to|"
                        + "relocate to|relocating to|out of|for|across)\\s*$");
                boolean capitalised = Character.isUpperCase(phrase.charAt(0));
                if (place.get().ambiguous() && !(preposition && capitalised)) {
                    continue;
                }
                if (!place.get().ambiguous() && !capitalised && !preposition && phrase.length() < 5) {
                    continue;
                }
                found = Optional.of(new Coach.Fact(Kind.PLACE, phrase, phrase, turn));
            }
        }
        if (found.isEmpty() && remote.find()) {
            found = Optional.of(new Coach.Fact(Kind.PLACE, "remote", remote.group(), turn));
        }
        found.ifPresent(facts::add);
    }

    static boolean isPlace(String phrase) {
        return Places.find(phrase).isPresent();
    }

    // ---------------------------------------------------------------------------------------------- dates

    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|"
            + "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final String DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|wed|"
            + "thurs|fri";
    private static final Pattern DATE = Pattern.compile("\\b(?:"
            + "(?:(?:next|this|last|on|by|until|till|before|coming)\\s+)?(?:(?:" + DAYS + ")(?:\\s+(?:the\\s+)?"
            + "\\d{1,2}(?:st|nd|rd|th)?(?:\\s+(?:of\\s+)?(?:" + MONTHS + "))?)?)(?:\\s+(?:at\\s+)?\\d{1,2}"
            + "(?::\\d\\d)?\\s?(?:am|pm))?"
            + "|(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:" + MONTHS + ")\\b(?:\\s+\\d{4})?"
            + "|(?:" + MONTHS + ")\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?"
            + "|(?:\\d{1,2}\\s?(?:am|pm)\\s+)?(?:tomorrow|tmrw|tmr|tomoz|2moro)(?:\\s+(?:at\\s+)?\\d{1,2}(?::\\d\\d)?\\s?(?:am|pm))?"
            + "|next\\s+(?:week|month|year|quarter)|this\\s+(?:week|month)end"
            + "|(?:the\\s+)?(?:end|start|beginning|middle|mid)\\s+of\\s+(?:the\\s+)?(?:week|month|year|quarter|"
            + MONTHS + ")"
            + "|in\\s+(?:\\d{1,2}|one|two|three|four|five|six|a couple of|a few)\\s+(?:days?|weeks?|months?)"
            + "|(?:in|by|until|till|before|after|from|since)\\s+(?:(?:january|february|march|april|june|july|august|"
            + "september|october|november|december)|may(?=\\s*(?:[.,!?]|$)))"
            + "|(?:by|in|before|end of)\\s+q[1-4]|\\bq[1-4]\\b"
            + "|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?"
            + "|(?:by|on|before|until|till|after)\\s+the\\s+\\d{1,2}(?:st|nd|rd|th)"
            + "|(?:the\\s+)?(?:end|close)\\s+of\\s+(?:the\\s+)?(?:day|business)|eod"
            + "|(?:" + DAYS + ")\\s+\\d{1,2}(?:st|nd|rd|th)"
            + ")\\b", FLAGS);

    private static void dates(String text, int turn, List<Coach.Fact> facts) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            String words = m.group().strip();
            String lower = words.toLowerCase(Locale.ROOT);
            if (Regexes.matches(lower, "(?:on|by|until|till|before|coming|this)\\s+(?:mon|wed|fri)") || lower.equals("mon")
                    || lower.equals("wed") || lower.equals("fri") || lower.equals("sat")) {
                continue; // too short to be sure
            }
            String value = words.replaceFirst("(?i)^(?:on|by|until|till|before|in|after|from|since)\\s+(?=\\S)", "");
            if (Regexes.matches(value, "(?i)(?:a|one|two|three|four|five|six|\\d+|a couple of|a few)\\s+.*")) {
                value = words; // "in two weeks": the "in" is the date
            }
            if (Regexes.matches(value, "(?i)q[1-4]")) {
                value = value.toUpperCase(Locale.ROOT);
            }
            facts.add(new Coach.Fact(Kind.DATE, value, words, turn));
            return;
        }
    }

    // ---------------------------------------------------------------------------------------------- companies

    private static final Pattern AT_COMPANY = Pattern.compile("\\b(?:at|for|from|join|joined|joining|with|by)\\s+"
            + "((?:[A-Z][\\w'’.&-]*|&)(?:\\s+(?:[A-Z][\\w'’.&-]*|&)){0,3})");
    private static final Pattern SUFFIXED = Pattern.compile("\\b([A-Z][\\w&'-]*(?:\\s+[A-Z][\\w&'-]*){0,2}\\s+"
            + "(?:Inc|Ltd|LLC|Corp|Group|Labs|Health|Bank|Solutions|Technologies|Systems|Consulting|Partners|Media|"
            + "Logistics|Foods|Analytics|Freight|University|College|Hospital|Capital|Insurance|Energy|Software|"
            + "Digital|Studios|Ventures|Pharma|Motors|Airlines|Trust|Council)\\b\\.?)");
    private static final Set<String> NOT_COMPANIES = words("I", "I'm", "HR", "The", "A", "My", "It", "This",
            "That", "Christmas", "Easter", "Eid", "Diwali", "Covid", "COVID", "Zoom", "Teams", "LinkedIn", "Indeed",
            "Glassdoor", "English", "Excel", "Word", "SQL", "Python", "Java", "PM", "CEO", "CFO", "CTO", "VP", "ASAP",
            "UK", "US", "USA", "EU", "Q1", "Q2", "Q3", "Q4", "AM", "PM", "Dear", "Hi", "Hello", "Thanks", "Also",
            "But", "And", "So", "Any", "What", "How", "Should", "Can", "Could", "Would", "Is", "Do", "Does", "Please",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "MBA", "PhD", "CV", "AI",
            "IT", "UX", "UI", "Ex", "Mr", "Mrs", "Ms", "Dr", "NHS Band", "LPA", "CAD", "USD", "GBP");
    private static final Set<String> KNOWN_EMPLOYERS = words("google", "amazon", "microsoft", "meta", "facebook",
            "apple", "netflix", "ibm", "oracle", "salesforce", "deloitte", "accenture", "pwc", "kpmg", "ey",
            "mckinsey", "bcg", "bain", "infosys", "tcs", "wipro", "hcl", "cognizant", "tesla", "uber", "airbnb",
            "spotify", "shopify", "stripe", "jpmorgan", "jp morgan", "goldman sachs", "morgan stanley", "barclays",
            "hsbc", "lloyds", "nhs", "tesco", "sainsbury's", "walmart", "costco", "starbucks", "mcdonald's",
            "boeing", "siemens", "sap", "unilever", "nestle", "pfizer", "adobe", "intel", "nvidia", "cisco", "dell",
            "atlassian", "canva", "telstra", "woolworths", "coles", "flipkart", "zomato", "swiggy", "reliance",
            "capgemini", "bhp", "astrazeneca", "zendesk", "bbc", "aldi", "lidl", "ikea", "target", "ups", "fedex",
            "dhl", "linkedin", "twitter", "tiktok", "bytedance", "samsung", "sony", "toyota", "ford", "nike",
            "disney", "verizon", "at&t", "comcast", "walgreens", "cvs", "kaiser", "mayo clinic", "hubspot", "asana",
            "slack", "github", "gitlab", "canonical", "booking.com", "revolut", "monzo", "ocado", "rolls-royce",
            "bp", "shell", "rio tinto", "commbank", "anz", "westpac", "rbc", "td", "scotiabank", "shopee",
            "grab", "paytm", "byju's", "hdfc", "icici", "zoho", "freshworks", "mahindra", "tata", "amazon web services",
            "aws", "home depot", "lowe's", "best buy", "kroger", "publix", "marks & spencer", "john lewis", "asda");

    private static void companies(String text, int turn, List<Coach.Fact> facts) {
        Optional<String> found = Optional.empty();
        Matcher s = SUFFIXED.matcher(text);
        if (s.find()) {
            found = Optional.of(trimCompany(s.group(1)));
        }
        Matcher m = AT_COMPANY.matcher(text);
        while (found.isEmpty() && m.find()) {
            String name = trimCompany(m.group(1));
            String preposition = m.group().substring(0, m.group().indexOf(' ')).toLowerCase(Locale.ROOT);
            if (name.isEmpty() || NOT_COMPANIES.contains(name) || NOT_COMPANIES.contains(Regexes.split(name, "\\s+")[0])
                    || isPlace(name) || isPlace(Regexes.split(name, "\\s+")[0]) || DATE.matcher(name).matches()
                    || dev.mosaic.core.internal.jobs.SkillVocabulary.bundled().skillsIn(name).size() > 0
                            && !KNOWN_EMPLOYERS.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean known = KNOWN_EMPLOYERS.contains(name.toLowerCase(Locale.ROOT));
            if ((preposition.equals("with") || preposition.equals("by") || preposition.equals("for")) && !known
                    && !followsJobTitle(text, m.start())
                    && !Regexes.matches(text.substring(Math.max(0, m.start() - 30), m.start()).toLowerCase(Locale.ROOT),
                            ".*\\b(?:interview|interviews|offer|job|role|position|work|working|worked|apply|applied|"
                                    + "applying|contract|call|round|screen|placement|internship)\\s*$")) {
                continue; // "talk with Sarah", "for Dave": people, not employers
            }
            found = Optional.of(name);
        }
        if (found.isEmpty()) {
            Matcher words = EMPLOYER_WORDS.matcher(text);
            while (words.find()) {
                String w = Regexes.replaceAll(words.group(), "[.']+$", "");
                if (KNOWN_EMPLOYERS.contains(w.toLowerCase(Locale.ROOT)) && (Character.isUpperCase(w.charAt(0))
                        || w.length() > 4) && !w.equalsIgnoreCase("target") && !w.equalsIgnoreCase("shell")
                        && !w.equalsIgnoreCase("grab") && !w.equalsIgnoreCase("slack")) {
                    found = Optional.of(w);
                    break;
                }
                String first = Regexes.split(w, "\\s+")[0];
                if (KNOWN_EMPLOYERS.contains(first.toLowerCase(Locale.ROOT)) && Character.isUpperCase(first.charAt(0))
                        && !first.equalsIgnoreCase("target") && !first.equalsIgnoreCase("shell")) {
                    found = Optional.of(first);
                    break;
                }
            }
        }
        found.filter(f -> !f.isBlank()).ifPresent(f -> facts.add(new Coach.Fact(Kind.COMPANY, f, f, turn)));
    }

    /** "a flight attendant with Qantas", "engineer for Boeing": the word before the preposition is a job title. */
    private static boolean followsJobTitle(String text, int at) {
        String[] before = Regexes.split(text.substring(Math.max(0, at - 30), at).strip().toLowerCase(Locale.ROOT),
                "\\s+");
        return before.length > 0 && isJobWord(before[before.length - 1]);
    }

    private static String trimCompany(String name) {
        String trimmed = Regexes.replaceAll(Regexes.replaceAll(name.strip(), "[.,;:!?'’]+$", ""), "(?:'s|’s)$", "");
        String[] words = Regexes.split(trimmed, "\\s+");
        int end = words.length;
        while (end > 0 && (NOT_COMPANIES.contains(words[end - 1]) || words[end - 1].equals("&")
                || DATE.matcher(words[end - 1]).matches())) {
            end--;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, end));
    }

    // ---------------------------------------------------------------------------------------------- people

    private static final Pattern PERSON = Pattern.compile("\\b(?:(my|our|the|a|one)\\s+(?:ex-|(?:new|old|current|ex|"
            + "former|direct|line|senior)\\s+)?)?(manager|boss|supervisor|team lead|team leader|tech lead|lead|"
            + "head of department|director|skip[- ]level|foreman|coworker|co-worker|colleague|teammate|team mate|"
            + "peer|coworkers|colleagues|recruiter|headhunter|hiring manager|hr rep|hr|human resources|clients|"
            + "client|customers|ceo|cfo|cto|coo|"
            + "customer|partner|husband|wife|boyfriend|girlfriend|spouse|fiance|fiancée|fiancee|friend|mate|"
            + "mentor|professor|interviewer)\\b(?!\\s+(?:service|support|success|experience|role|position|job|"
            + "skills|facing|management))(?!-)", FLAGS);
    private static final Pattern PRONOUN = Pattern.compile("\\b(he|him|his|she|her|hers|they|them|their)\\b",
            FLAGS);

    private static void people(String text, int turn, List<Coach.Fact> facts) {
        Matcher m = PERSON.matcher(text);
        List<String> seen = new ArrayList<>();
        List<int[]> at = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        while (m.find()) {
            String determiner = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            String noun = m.group(2).toLowerCase(Locale.ROOT);
            String role = personRole(noun);
            if (role.isEmpty()) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 25), m.start()).toLowerCase(Locale.ROOT);
            if (noun.equals("hr") || noun.equals("human resources")) {
                if (before.endsWith("/") // "$58/hr"
                        || Regexes.matches(before, ".*\\b(?:in|work in|worked in|career in|job in|into|of|"
                                + "without going to|without involving|without telling)\\s*$")
                        || Regexes.matches(text.substring(m.end(), Math.min(text.length(), m.end() + 15))
                                .toLowerCase(Locale.ROOT), "^\\s*(?:assistant|generalist|manager|coordinator|officer|"
                                        + "admin|administrator|business partner|advisor|adviser|specialist|director|"
                                        + "work|jobs?|roles?|experience|career|background|degree).*")) {
                    continue;
                }
            } else if (determiner.isEmpty() && !Set.of("recruiter", "headhunter", "hiring manager").contains(noun)
                    && !text.substring(m.end(), Math.min(text.length(), m.end() + 10)).toLowerCase(Locale.ROOT)
                            .startsWith(" of mine") && !actsAtSentenceStart(text, m.start(), m.end())) {
                continue; // "a branch manager", "lead a team": someone in the story is "my", "our" or "the" one
            } else if ((determiner.equals("a") || determiner.equals("one")) && !Set.of("recruiter", "headhunter",
                    "coworker", "co-worker", "colleague", "teammate", "client", "customer").contains(noun)) {
                continue; // "a manager role", "become a manager", "a team lead and a manager"
            } else if (otherPerson(text, m.start()) && !determiner.equals("my")) {
                continue;
            }
            if (Regexes.matches(before, ".*\\b(?:as|become|becoming|be|promoted to|new|into)\\s+(?:an?\\s+)?$")
                    || Regexes.matches(before, ".*\\b(?:i'?m|im|i am|i was|am)\\s+(?:an?\\s+)?$")) {
                continue; // the person's own role, not someone in the story
            }
            if (seen.contains(role)) {
                continue;
            }
            seen.add(role);
            roles.add(role);
            at.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < roles.size(); i++) {
            String role = roles.get(i);
            int end = i + 1 < at.size() ? at.get(i + 1)[0] : text.length();
            String pronoun = gendered(text.substring(at.get(i)[0], at.get(i)[1]));
            if (pronoun.isEmpty()) {
                Matcher p = PRONOUN.matcher(text).region(at.get(i)[1], Math.min(end, at.get(i)[1] + 80));
                // "go to HR or talk to him directly": the other choice is someone else ("HR said she" is HR)
                if (p.find() && !(role.equals("hr") && text.substring(at.get(i)[1], p.start()).contains(" or "))) {
                    pronoun = switch (p.group(1).toLowerCase(Locale.ROOT)) {
                        case "he", "him", "his" -> "he";
                        case "she", "her", "hers" -> "she";
                        default -> "they";
                    };
                }
            }
            String value = pronoun.isEmpty() ? role : role + " (" + pronoun + ")";
            facts.add(new Coach.Fact(Kind.PERSON, value, text.substring(at.get(i)[0], at.get(i)[1]), turn));
        }
    }

    /** "Client keeps asking for free revisions": a person named without "my" who opens a sentence and acts. */
    private static boolean actsAtSentenceStart(String text, int start, int end) {
        boolean opens = start == 0 || Regexes.matches(text.substring(Math.max(0, start - 3), start), ".*[.!?]\\s+$");
        return opens && Regexes.matches(text.substring(end, Math.min(text.length(), end + 12)).toLowerCase(Locale.ROOT),
                "^\\s+(?:says|said|keeps|wants|wanted|told|asked|just|won't|wont|never|always|thinks|emailed|called)\\b.*");
    }

    private static String personRole(String noun) {
        return switch (noun) {
            case "manager", "boss", "supervisor", "team lead", "team leader", "tech lead", "lead",
                 "head of department", "director", "skip-level", "skip level", "foreman" -> "manager";
            case "coworker", "co-worker", "colleague", "teammate", "team mate", "peer", "coworkers",
                 "colleagues" -> "coworker";
            case "recruiter", "headhunter" -> "recruiter";
            case "hr rep", "hr", "human resources" -> "hr";
            case "client", "customer", "clients", "customers" -> "client";
            case "partner", "husband", "wife", "boyfriend", "girlfriend", "spouse", "fiance", "fiancée",
                 "fiancee" -> "partner";
            case "friend", "mate" -> "friend";
            case "mentor", "professor", "interviewer", "hiring manager", "ceo", "cfo", "cto", "coo" -> "other";
            default -> "";
        };
    }

    private static String gendered(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (Regexes.matches(lower, ".*\\b(?:husband|boyfriend|fiance)$")) {
            return "he";
        }
        if (Regexes.matches(lower, ".*\\b(?:wife|girlfriend|fiancée|fiancee)$")) {
            return "she";
        }
        return "";
    }

    // ---------------------------------------------------------------------------------------------- feelings

    private static final Pattern FEELING = Pattern.compile("\\b(?:i feel|i'?m feeling|im feeling|i am feeling|"
            + "feeling|i'?m|im|i am)\\s+(?:so\\s+|really\\s+|pretty\\s+|very\\s+|a bit\\s+|a little\\s+|kind of\\s+|"
            + "kinda\\s+|super\\s+|quite\\s+|totally\\s+|completely\\s+|honestly\\s+)*(anxious|nervous|stressed|"
            + "burnt out|burned out|burnt-out|exhausted|overwhelmed|stuck|lost|excited|frustrated|bored|angry|"
            + "scared|terrified|worried|confident|demotivated|unmotivated|drained|insecure|undervalued|"
            + "unappreciated|conflicted|torn|confused|hopeful|motivated|disappointed|embarrassed|guilty|jealous|"
            + "restless|tired|upset|furious|annoyed|intimidated|isolated|lonely|like a fraud|like an imposter|"
            + "like an impostor|stressed out|miserable|unhappy|happy|relieved)\\b", FLAGS);

    private static void feelings(String text, int turn, List<Coach.Fact> facts) {
        Matcher m = FEELING.matcher(text);
        if (m.find() && !negatedWant(text, m.start())) {
            String before = text.substring(Math.max(0, m.start() - 8), m.start()).toLowerCase(Locale.ROOT);
            if (!Regexes.matches(before, ".*\\b(?:not|never)\\s*$")) {
                facts.add(new Coach.Fact(Kind.FEELING, m.group(1).toLowerCase(Locale.ROOT), m.group(), turn));
            }
        }
    }

    /** A set of words; repeats are harmless (these lists grow by hand). */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
