package dev.mosaic.core.internal.coach;

import dev.mosaic.core.care.Care;
import dev.mosaic.core.care.CareResources;
import dev.mosaic.core.internal.triage.Triage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The fixed, reviewed texts of care replies, and the honest decline for off-topic messages. Crisis texts are never
 * generated: they say that the person matters and that this is bigger than a career question, put the urgent
 * action first, name the region's resources, and invite the person back whenever they want. Distress texts
 * acknowledge what was said, offer one caring step, postpone planning, and name a crisis line as a safety net.
 * Reviewed against published safe-messaging guidance (the review is recorded in {@code docs/CARE.md}); change them
 * only with another review. Stateless and thread-safe.
 */
final class CareReplies {
    private CareReplies() {
    }

    /** {@return the crisis reply for this kind, naming these resources} */
    static String crisis(Care.Kind kind, List<CareResources.Resource> named, CareResources region) {
        String list = resourceLines(named);
        String emergency = region.emergencyNumber();
        return switch (kind) {
            case SUICIDE -> "I'm really glad you told me, and I'm so sorry you're carrying this. You matter, and "
                    + "what you're going through is bigger than any career question. If you feel you might act on "
                    + "these thoughts, or you're in danger, call " + emergency + " now. Otherwise, please reach out "
                    + "to people who are trained to help with exactly this, any time:\n" + list + "\nIf you can, tell "
                    + "someone you trust how you're feeling today; you don't have to go through this alone.\n\n"
                    + "Whenever you want to come back to your work or career, I'm here.";
            case SELF_HARM -> "Thank you for telling me; I know that isn't easy. You matter, and you deserve real "
                    + "support with this, which is bigger than any career question. You can talk to someone right "
                    + "now, free and in confidence:\n" + list + "\nIf you've injured yourself and need medical help, "
                    + "or you're in danger, call " + emergency + ". If you can, let someone you trust know what's been "
                    + "happening.\n\nWhenever you want to come back to your work or career, I'm here.";
            case ABUSE -> "I'm so sorry this is happening to you. No one has the right to hurt, threaten or control "
                    + "you, at home or at work, and it is not your fault. You matter, and your safety comes before "
                    + "any career question. If you are in danger right now, call " + emergency + ". These services "
                    + "can help you think through your options in confidence:\n" + list + "\n\n"
                    + "Whenever you want to talk about your work or career, I'm here, and we can look at that side "
                    + "together when you're ready.";
            case DANGER -> "Your safety comes first. If you have taken something or hurt yourself, or someone is "
                    + "threatening you, please call " + emergency + " right now, even if you feel okay, or ask "
                    + "someone near you to call for you. Please don't stay alone. You matter, and this is far bigger "
                    + "than any career question. Help is available:\n" + list + "\n\n"
                    + "When you are safe, I'm here whenever you want to talk about work.";
            case SOMEONE_AT_RISK -> "Thank you for looking out for them; this matters more than any career "
                    + "question. If they might act on it now, or are in danger, call " + emergency + " and don't "
                    + "leave them alone. Crisis lines also help people who are worried about someone else:\n" + list
                    + "\nIf you can, ask them directly whether they're thinking about suicide (asking won't put the "
                    + "idea in their head), listen without judging, and help them contact one of these services. "
                    + "Look after yourself too; you don't have to carry this alone.\n\n"
                    + "Whenever you want to come back to work questions, I'm here.";
            default -> throw new IllegalArgumentException(kind + " is not a crisis kind");
        };
    }

    /**
     * {@return the crisis reply for a crisis that only the nearest labelled messages saw (no rule named it, no sign of
     * risk): it asks directly first, as crisis-line training teaches (asking does not put the idea in anyone's head),
     * then gives what the plain reply gives; and it tells a person who meant only their career question that they can
     * say so} A crisis told indirectly gets the direct question it needs; a career question that merely shares words
     * with crises is not told "I'm glad you told me" about something it never said.
     *
     * @param kind the crisis kind
     * @param named the resources to name
     * @param region the resources' region, for its emergency number
     */
    static String crisisAskingFirst(Care.Kind kind, List<CareResources.Resource> named, CareResources region) {
        // (the opening of the way back, MISREAD, also tells the next turn that this reply asked first)
        String list = resourceLines(named);
        String emergency = region.emergencyNumber();
        String opening = "Before we get to work, I want to check in, because some of what you wrote sounds like it "
                + "may be about more than work. So I'll ask you directly: ";
        // Reviewed blind (issue 15): an apology and "just say so" would read as the expected answer and give a person
        // in crisis an easy way to brush the question aside; the way back stays for a person who only asked about work.
        String misread = "\n" + MISREAD + " tell me, and we'll go straight back to your question. If I haven't, I'm "
                + "glad you're here, and you can tell me.";
        return switch (kind) {
            case SUICIDE -> opening + "are you having thoughts of ending your life? If you are, you matter, and that "
                    + "is bigger than any career question. If you feel you might act on these thoughts, or you're in "
                    + "danger, call " + emergency + " now. Otherwise, people who are trained to help with exactly "
                    + "this are there any time:\n" + list + "\nIf you're struggling, tell someone you trust today; "
                    + "you don't have to go through this alone.\n" + misread;
            case SELF_HARM -> opening + "are you harming yourself on purpose, or thinking about doing it? If you are, "
                    + "you matter, and you deserve real support with this, which is bigger than any career question. "
                    + "You can talk to someone right now, free and in confidence:\n" + list + "\nIf you've injured "
                    + "yourself and need medical help, or you're in danger, call " + emergency + ".\n" + misread;
            case ABUSE -> opening + "is someone hurting, threatening or controlling you, at home or at work? If so, "
                    + "it is not your fault, you matter, and your safety comes before any career question. If you are "
                    + "in danger right now, call " + emergency + ". These services can help you think through your "
                    + "options in confidence:\n" + list + "\n" + misread;
            // the most urgent: the emergency number first, and the question in words a job-seeker cannot misread
            case DANGER -> "Before we go on, I need to check you're safe. Has someone threatened you, or have you "
                    + "taken pills or anything else, or hurt yourself? If so, call " + emergency + " now, even if you "
                    + "feel okay, or ask someone near you to call. Please stay with someone you trust. You matter, "
                    + "and this is far bigger than any career question. Help is available:\n" + list + "\n"
                    + misread;
            default -> crisis(kind, named, region);
        };
    }

    private static final String MISREAD = "If I've misread you, that's fine:";

    /** {@return whether a reply given earlier was the crisis reply that asked first, and so promised a way back} */
    static boolean askedFirst(String reply) {
        return reply.contains(MISREAD);
    }

    /**
     * {@return whether a message answers the crisis reply that asked first by saying it misread them: "no, I'm fine,
     * I just meant the CV", "haha no, not like that", "nope. all good"} Only its opening is read, so that "no, but
     * some days I think about it" is not taken for a no.
     */
    static boolean saysMisread(String message) {
        String text = plain(message);
        String rest = text.split("[.!?;\n]", 2)[0].strip();
        if (rest.contains(" but ") || rest.contains(" though")) {
            return false;
        }
        boolean no = false;
        for (String bare : BARE_NO) { // longest first: "no no" before "no"
            if (rest.equals(bare) || rest.startsWith(bare + ",") || rest.startsWith(bare + " ")) {
                rest = rest.substring(bare.length()).replaceFirst("^,", "").strip();
                no = true;
                break;
            }
        }
        if (no && rest.isEmpty()) {
            return true; // "nope", "no!"; not "no one would notice"
        }
        for (String phrase : MISREAD_PHRASES) {
            if (rest.equals(phrase) || rest.startsWith(phrase + " ") || rest.startsWith(phrase + ",")) {
                // "I meant it", "I meant what I said": a yes
                return !(phrase.endsWith("meant") && rest.substring(phrase.length()).strip()
                        .matches("(it|that|what|every|each)\\b.*"));
            }
        }
        return false;
    }

    /** {@return a message as the closing and way-back checks read it: lower case, typographic apostrophes plain} */
    private static String plain(String message) {
        return message.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
    }

    private static final List<String> BARE_NO = List.of("haha no", "lol no", "god no", "no no", "nope",
            "nah", "no");
    private static final List<String> MISREAD_PHRASES = List.of("not at all", "not like that", "nothing like that",
            "i'm fine", "im fine", "i am fine", "i'm ok", "im ok", "i'm okay", "im okay", "i am ok", "i am okay",
            "all good", "i'm good", "im good", "you misread", "you've misread", "you misunderstood", "i meant",
            "i just meant", "sorry, i meant", "i didn't mean", "i didnt mean", "not suicidal", "i'm not suicidal",
            "im not suicidal", "definitely not", "of course not");

    /**
     * The distress reply for this kind. {@code cue} (the person's words that showed it) picks the fitting variant,
     * for example a doctor today for chest pains.
     */
    static String distress(Care.Kind kind, String cue, CareResources region) {
        Set<String> words = words(cue);
        String safetyNet = safetyNet(region);
        return switch (kind) {
            case JOB_LOSS -> "I'm so sorry. Losing your job is a real shock, and it's completely normal to feel "
                    + "shaken, angry or numb right now. You don't have to work anything out, or sign anything, "
                    + "today. For now, just one thing: tell someone you trust what happened. When you feel ready, we "
                    + "can go through the practical side together, one step at a time." + safetyNet;
            case PHYSICAL -> physical(words, region) + (urgentBody(words) ? "" : safetyNet);
            case PANIC -> "That sounds really frightening, and I'm sorry you're going through it. Panic feels "
                    + "overwhelming, but it will pass. If it's happening now, put your feet flat on the floor and "
                    + "breathe in slowly for four counts and out for six, five times. If it keeps happening, a "
                    + "doctor can help; panic attacks are common and treatable. There's no need to plan anything "
                    + "right now; we can talk about work whenever you're ready." + safetyNet;
            case CRYING -> "It sounds like things have been really hard, and I'm sorry. Crying is a natural "
                    + "response when too much piles up; it doesn't mean you're failing. If you can, step away for "
                    + "ten minutes, then reach out to someone you trust. The career questions can wait until you "
                    + "feel steadier." + safetyNet;
            case OVERWHELMED -> "That sounds like so much to carry, and it makes sense that you feel this way. You "
                    + "don't have to fix everything right now. For now, just one thing: step away from it for ten "
                    + "minutes. If it has been like this for a while, a doctor can help, or an employee assistance "
                    + "programme if your workplace has one. When you're ready, we can sort out the work side "
                    + "together, one piece at a time." + safetyNet;
            case NUMB -> "I'm sorry you're feeling like this. Feeling numb or empty can happen when someone has been "
                    + "under strain for a long time, and it deserves to be taken seriously. Please tell someone you "
                    + "trust how you've been feeling, and if it has lasted more than a couple of weeks, talk to a "
                    + "doctor too. There's no need to make any career decisions while you feel like this; I'll be "
                    + "here when you want to think about work." + safetyNet;
            case EXHAUSTION -> "It sounds like you've been running on empty for too long, and that exhaustion is "
                    + "real, not a weakness. Rest comes before any plan: if you can, take a proper break today, and "
                    + "talk to a doctor if it has been going on for weeks. An employee assistance programme, if your "
                    + "workplace has one, can help too. We can look at what needs to change at work once you've had "
                    + "a chance to recover." + safetyNet;
            default -> throw new IllegalArgumentException(kind + " is not a distress kind");
        };
    }

    /** {@return the one caring step a distress reply offers, shown apart from the message and matching it} */
    static String caringStep(Care.Kind kind, String cue, CareResources region) {
        Set<String> words = words(cue);
        return switch (kind) {
            case JOB_LOSS -> "Today, tell one person you trust what happened; the planning can wait.";
            case PHYSICAL -> urgentBody(words) ? "Get checked by a doctor today, and call " + region.emergencyNumber()
                    + " if it's severe." : sleep(words) ? "Tonight, put work away an hour before bed."
                    : "See a doctor so they can check what's going on.";
            case PANIC -> "Feet flat on the floor; breathe in for four counts and out for six, five times.";
            case CRYING, OVERWHELMED -> "Step away for ten minutes, then tell one person you trust how you're "
                    + "feeling.";
            case NUMB -> "Tell one person you trust how you've been feeling.";
            case EXHAUSTION -> "If you can, stop at a set time tonight and let yourself rest.";
            default -> throw new IllegalArgumentException(kind + " is not a distress kind");
        };
    }

    /** {@return the honest reply to a message about something other than work} */
    static String offTopic() {
        return "I'm Mosaic, a career coach, so that's outside what I can help with. I can help with things like a "
                + "job search, a decision about an offer, your resume, a tricky situation at work, or how you're "
                + "feeling about work. Is there something about your work or career on your mind?";
    }

    /**
     * {@return the off-topic reply when the message also showed a sign of risk too weak for a crisis reply (a
     * question about bridges or doses, say): the decline, and where to turn if the question comes from somewhere
     * hard}
     */
    static String offTopicWithSafetyNet(CareResources region) {
        CareResources.Resource line = region.primaryCrisisLine();
        return offTopic() + "\n\nIf you're asking because you're going through something hard, you can talk to "
                + line(line) + " or call " + region.emergencyNumber() + anyTime(line) + ".";
    }

    /**
     * {@return the reply when, just after a care reply, the person thanks, says goodbye or puts the career question
     * off: taken as said, with no advice; after a crisis, where to turn before they go, plainly and without a
     * question to answer}
     */
    static String closingAfterCare(Care.Kind kind, CareResources region) {
        if (kind.level() == Care.Level.CRISIS) {
            return "Of course, the career questions can wait. Before you go: " + safetyCheck(kind, region)
                    + " You can come back here whenever you like.";
        }
        return "Of course. Take all the time you need; you can come back here whenever you like. Look after yourself "
                + "today, and if it feels like too much, " + line(region.primaryCrisisLine()) + " is there.";
    }

    /**
     * {@return the question just after a care reply when the person's message is too vague to answer or nothing in
     * the library fits: after a job lost today, the practical side in small pieces; after a crisis (or a care reply
     * of unknown kind), where to turn first, then work as an option; otherwise one small, doable step for today and
     * an open invitation}
     */
    static String questionAfterCare(Optional<Care.Kind> cared, CareResources region) {
        if (cared.isEmpty() || cared.get().level() == Care.Level.CRISIS) {
            String check = cared.map(kind -> safetyCheck(kind, region)).orElseGet(() -> "if you're thinking about "
                    + "suicide or aren't safe right now, please contact " + line(region.primaryCrisisLine())
                    + " or call " + region.emergencyNumber() + " now.");
            return "Thank you for replying. " + Character.toUpperCase(check.charAt(0)) + check.substring(1)
                    + " Whenever you want, we can also talk about work, one small step at a time.";
        }
        if (cared.get() == Care.Kind.JOB_LOSS) {
            return "We can take the practical side one step at a time. What would help most first: checking what "
                    + "you're owed (final pay, notice, any severance or redundancy pay), money for the next few "
                    + "weeks, or starting to look for work again?";
        }
        // Asked "what can I do today that actually helps?", a person who was not okay a moment ago gets one small,
        // doable thing, not a question about what is on their mind (graded a re-ask of what they had just said).
        return "One small thing that often helps on a day like this: step away from screens for an hour, eat something "
                + "and get some fresh air, then choose the single smallest task that would make tomorrow a little "
                + "easier. When you feel ready, tell me which part you'd like to look at first, and we'll take it one "
                + "piece at a time.";
    }

    private static final java.util.regex.Pattern JOB_LOST = java.util.regex.Pattern.compile("\\b(?:laid (?:me |us )?"
            + "off|made (?:me |us )?redundant|let (?:me |us )?go|fired|sacked|lost my job|terminated|walked me out)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * {@return whether a message tells of the person losing their job ("they laid me off", "I was made redundant");
     * read only in a turn just before or after a care reply, where it is the person's own story}
     *
     * @param message what they wrote
     */
    static boolean speaksOfJobLoss(String message) {
        return JOB_LOST.matcher(message).find();
    }

    private static final java.util.regex.Pattern SUPPORT = java.util.regex.Pattern.compile("\\b(?:my\\s+)?"
            + "(best friend|sister|brother|mum|mom|mother|dad|father|parents|partner|husband|wife|boyfriend|girlfriend|"
            + "fiancée|fiancee|fiancé|fiance|flatmate|roommate|housemate|friend|mate|neighbour|neighbor|family|son|"
            + "daughter|aunt|auntie|uncle|cousin|gran|grandma|grandad|grandpa)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE
                    | java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * {@return the person someone names as being there for them, just after a care reply ("yes, my sister lives
     * nearby, I can call her"), as "your sister"}
     *
     * @param message what they wrote
     */
    static Optional<String> supportNamed(String message) {
        java.util.regex.Matcher m = SUPPORT.matcher(message);
        return m.find() ? Optional.of("your " + m.group(1).toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }

    /**
     * {@return the reply when, just after a care reply, the person says who is there for them: glad of it, that
     * person first; after a crisis, where to turn as well}
     */
    static String supportAcknowledged(Care.Kind kind, String person, CareResources region) {
        String glad = "I'm really glad " + person + " is there for you. Reaching out to them is a good step; ";
        if (kind.level() == Care.Level.CRISIS) {
            return glad + "please do it now, and " + safetyCheck(kind, region)
                    + " You can come back here whenever you like.";
        }
        return glad + "take the time you need. We can talk about work whenever you're ready, one small piece at a "
                + "time.";
    }

    /**
     * {@return the resources {@link #closingAfterCare} names after a crisis of this kind: a line and the emergency
     * services, or for abuse all the resources of the crisis reply}
     */
    static List<CareResources.Resource> namedAfterCrisis(Care.Kind kind, CareResources region) {
        if (kind == Care.Kind.ABUSE) {
            return region.forKind(kind);
        }
        List<CareResources.Resource> named = new ArrayList<>(List.of(lineAfterCrisis(kind, region)));
        region.forKind(kind).stream().filter(r -> r.kind() == CareResources.Resource.Kind.EMERGENCY).findFirst()
                .ifPresent(named::add);
        return List.copyOf(named);
    }

    private static CareResources.Resource lineAfterCrisis(Care.Kind kind, CareResources region) {
        return region.forKind(kind).stream().filter(r -> r.kind() != CareResources.Resource.Kind.EMERGENCY).findFirst()
                .orElse(region.primaryCrisisLine());
    }

    /** Where to turn after a crisis reply, in one sentence fit for its kind (lowercase, after "Before you go:"). */
    private static String safetyCheck(Care.Kind kind, CareResources region) {
        CareResources.Resource line = lineAfterCrisis(kind, region);
        String emergency = region.emergencyNumber();
        return switch (kind) {
            // Abuse lines are often for women or for men: name them all again rather than choose one.
            case ABUSE -> "if you're not safe, please call " + emergency + " now; the helplines I listed can help "
                    + "you think through your options in confidence.";
            case DANGER -> "if you're not safe, please call " + emergency + " now, and stay with other people if "
                    + "you can; " + line(line) + " is there too.";
            case SOMEONE_AT_RISK -> "if the person you're worried about is in danger now, call " + emergency + "; "
                    + line(line) + " can also help you support them.";
            default -> "if you're thinking about suicide or might hurt yourself, please contact " + line(line)
                    + " now, or call " + emergency + " if you're in immediate danger.";
        };
    }

    /** " any time", unless the resource's contact already says so. */
    private static String anyTime(CareResources.Resource resource) {
        return resource.contact().contains("any time") ? "" : " any time";
    }

    /** A resource inside a sentence: "Samaritans (call 116 123, free, any time)", "988 (US and Canada; call ...)". */
    static String line(CareResources.Resource resource) {
        String name = resource.name();
        String contact = resource.contact();
        if (contact.startsWith("Call ") || contact.startsWith("Text ")) {
            contact = Character.toLowerCase(contact.charAt(0)) + contact.substring(1);
        }
        return name.endsWith(")") ? name.substring(0, name.length() - 1) + "; " + contact + ")"
                : name + " (" + contact + ")";
    }

    /**
     * Whether a message closes the conversation for now: its last sentence ends by putting things off ("I'll come
     * back to it another time", "can we talk about my CV later?"; a question only when it asks about "we"), or it is
     * a short thank-you or goodbye that asks nothing ("thanks, I will", "ok, bye"). "Ok" or "yes" alone does not
     * close: it may mean "go on".
     */
    static boolean isClosing(String message) {
        String text = plain(message);
        boolean question = text.contains("?");
        String[] sentences = text.split("[.!?,;\n]+");
        String last = "";
        for (int i = sentences.length - 1; i >= 0 && last.isBlank(); i--) {
            last = sentences[i].strip();
        }
        last = last.replaceAll("(\\s+(maybe|please|though|then|thanks|x+|:\\)))+$", "");
        for (String later : LATER) {
            if ((" " + last).endsWith(" " + later) && (!question || (" " + last + " ").contains(" we "))) {
                return true;
            }
        }
        String[] words = text.split("[^a-z']+");
        if (question || words.length > 8) {
            return false;
        }
        boolean closes = false;
        for (String word : words) {
            if (!word.isEmpty() && !THANKS.contains(word)) {
                return false;
            }
            closes |= CLOSERS.contains(word);
        }
        return closes;
    }

    /** Putting it off: a last sentence that ends with one of these closes the conversation for now. */
    private static final List<String> LATER = List.of("another time", "another day", "some other time",
            "some other day", "later", "later on", "not now", "not today", "not right now", "next time",
            "when i'm ready", "when im ready");

    /** A short message made only of these words, with one of {@link #CLOSERS}, thanks or says goodbye. */
    private static final Set<String> THANKS = Set.of("thank", "thanks", "thankyou", "you", "thx", "ty", "cheers",
            "so", "much", "very", "really", "a", "lot", "ok", "okay", "alright", "bye", "goodbye", "goodnight",
            "night", "good", "take", "care", "i", "will", "i'll", "ill", "do", "that", "try", "appreciate", "it",
            "for", "now", "this", "helps", "helped", "kind", "x", "xx", "was", "helpful", "useful", "great", "perfect",
            "brilliant", "talk", "speak", "soon", "all", "that's", "thats", "today", "see", "ya", "cya", "come",
            "back", "tomorrow", "tmrw", "later");
    private static final Set<String> CLOSERS = Set.of("thank", "thanks", "thankyou", "thx", "ty", "cheers", "bye",
            "goodbye", "goodnight", "night", "care", "will", "try", "appreciate");

    /** {@return the reply to a thank-you or goodbye outside care: glad, and the door left open} */
    static String goodbye() {
        return "Glad to help. Come back whenever you like; this conversation keeps what you've told me, so we can "
                + "pick up where we left off.";
    }

    /**
     * {@return the honest answer to a question about Mosaic itself: which languages it reads, whether it costs
     * anything, what it keeps, or otherwise that it is software, not a person; each with what it can do}
     */
    static String aboutMosaic(String message) {
        String text = message.toLowerCase(Locale.ROOT);
        String canDo = "I can help with a job search, a decision about an offer, your resume, a tricky situation at "
                + "work, or how you're feeling about work. What's on your mind?";
        if (ABOUT_LANGUAGE.matcher(text).find()) {
            return "My career guidance is written in English, so English is what I read and answer best; simple "
                    + "English, typos and slang are all fine. " + canDo;
        }
        if (ABOUT_COST.matcher(text).find()) {
            return "I don't handle payments or plans: whether using me costs anything is up to the service you're "
                    + "using me through, so they can tell you. " + canDo;
        }
        if (ABOUT_DATA.matcher(text).find()) {
            return "I keep what you tell me in this conversation so that I don't ask twice, and you can see what I "
                    + "noted about you, forget any single thing, or delete the whole conversation at any time. The "
                    + "service you're using me through stores it, so its privacy terms say who else can see it. "
                    + canDo;
        }
        return "I'm Mosaic, a career coach that is software, not a person. My replies come from a reviewed library "
                + "of career guidance (and from an AI model, where the service you're using has set one up), and I "
                + "keep what you tell me in this conversation so I don't ask twice. " + canDo;
    }

    private static final java.util.regex.Pattern ABOUT_LANGUAGE = java.util.regex.Pattern.compile(
            "\\b(?:languages?|speak|hindi|spanish|french|arabic|urdu|tamil|german|portuguese|chinese|mandarin|"
                    + "tagalog|bengali|punjabi|english)\\b");
    private static final java.util.regex.Pattern ABOUT_COST = java.util.regex.Pattern.compile(
            "\\b(?:free|pay|paying|paid|cost|costs|price|premium|subscription|subscribe|upgrade)\\b");
    private static final java.util.regex.Pattern ABOUT_DATA = java.util.regex.Pattern.compile(
            "\\b(?:keep|store|save|record|remember|data|chats|history|private|privacy|delete"
                    + "|what i (?:type|write|say)|(?:who|anyone|anybody|someone) can (?:see|read|access)"
                    + "|can (?:anyone|anybody|someone) (?:see|read|access)|read (?:my|our))\\b");

    private static String safetyNet(CareResources region) {
        CareResources.Resource line = region.primaryCrisisLine();
        return " If it ever gets to the point where you don't feel safe, you can contact " + line(line)
                + anyTime(line) + ", or call " + region.emergencyNumber() + ".";
    }

    private static boolean urgentBody(Set<String> words) {
        return words.stream().anyMatch(Triage::urgentBody);
    }

    private static boolean sleep(Set<String> words) {
        return words.contains("sleep") || words.contains("slept") || words.contains("sleeping")
                || words.contains("insomnia");
    }

    private static String physical(Set<String> words, CareResources region) {
        if (urgentBody(words)) {
            return "I'm sorry you're dealing with that. Chest pain, a pounding heart, trouble breathing, fainting or "
                    + "numbness should be taken seriously, before anything about work. If it's severe, spreads to your "
                    + "arm, jaw or back, or comes with breathlessness, sweating or feeling faint, call "
                    + region.emergencyNumber()
                    + " now. Otherwise, please get checked by a doctor today and mention the stress you're under. "
                    + "The job questions can wait; I'll be here when you want to look at them.";
        }
        if (sleep(words)) {
            return "I'm sorry; going without sleep makes everything feel heavier, and stress can make it much harder "
                    + "to switch off. For tonight, put work away an hour before bed. If you've barely slept for "
                    + "several nights, or it keeps happening, please talk to a doctor soon; they can help. The work "
                    + "questions can wait until you've had some rest.";
        }
        if (words.contains("sick") || words.contains("vomit") || words.contains("vomiting")
                || words.contains("throw") || words.contains("throwing") || words.contains("threw")
                || words.contains("puking") || words.contains("stomach")) {
            return "I'm sorry; that sounds really hard to go through every day, and your body deserves proper care. "
                    + "Please see a doctor so they can check what's going on, and tell them about the stress you're "
                    + "under. If you can, talk to someone you trust today too. There's no need to decide anything "
                    + "about the job right now; we can look at it together once you're feeling a bit steadier.";
        }
        return "I'm sorry you're going through that. Your body deserves care before any plan. Please see a doctor so "
                + "they can check what's going on, and tell someone you trust how things have been. The work "
                + "questions can wait; I'll be here when you want to look at them.";
    }

    /** The cue's words, lowercase, so that variants are chosen on whole words ("heartbroken" is not "heart"). */
    private static Set<String> words(String cue) {
        // Set.copyOf, not Set.of: a cue may be a whole message (care found by the nearest labelled messages), and a
        // message repeats words.
        return Set.copyOf(java.util.Arrays.asList(cue.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
    }

    private static String resourceLines(List<CareResources.Resource> resources) {
        StringBuilder out = new StringBuilder();
        for (CareResources.Resource resource : resources) {
            out.append("- ").append(resource.name()).append(": ").append(resource.contact()).append('\n');
        }
        return out.toString().stripTrailing();
    }
}
