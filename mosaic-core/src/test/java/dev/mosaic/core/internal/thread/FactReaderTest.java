package dev.mosaic.core.internal.thread;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mosaic.core.coach.Coach;
import dev.mosaic.core.coach.Coach.Fact.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The readings added when {@code facts-heldout.json} became development data (issue 19, second round), each in words
 * of its own, with the near misses that must stay unread.
 */
class FactReaderTest {
    private static List<Coach.Fact> read(String message) {
        return FactReader.read(message, 1, List.of(), Optional.empty());
    }

    private static Optional<String> value(String message, Kind kind) {
        return read(message).stream().filter(f -> f.kind() == kind).map(Coach.Fact::value).findFirst();
    }

    @Test
    void anOrdinalDayAndTheEndOfTheDayAreDates() {
        assertThat(value("The panel interview at Larkspur is on the 14th", Kind.DATE)).contains("the 14th");
        assertThat(value("they need my answer by end of day", Kind.DATE)).contains("end of day");
        assertThat(value("I came 2nd in the regional bake-off", Kind.DATE)).isEmpty();
    }

    @Test
    void rolesNamedTheWaysProfilesNameThem() {
        assertThat(value("Line cook in Bristol on 11 an hour, want something steadier", Kind.CURRENT_ROLE))
                .contains("Line cook");
        assertThat(value("I used to be a bank teller, been home with the kids since", Kind.CURRENT_ROLE))
                .contains("bank teller");
        assertThat(value("Got an offer. Salary is 48k. Payroll clerk, 4 years", Kind.CURRENT_ROLE))
                .contains("Payroll clerk");
        assertThat(value("I've been in QC at a dairy plant for six years", Kind.CURRENT_ROLE)).contains("QC");
        assertThat(value("two interviews this week, both for paralegal roles", Kind.TARGET_ROLE))
                .contains("paralegal");
        assertThat(value("Offer: 72k. Role: senior buyer. Start: March", Kind.TARGET_ROLE)).contains("senior buyer");
        assertThat(value("they offered me nothing and I walked", Kind.TARGET_ROLE)).isEmpty();
        assertThat(value("my mum was a nurse in Leeds for years", Kind.CURRENT_ROLE)).isEmpty();
    }

    @Test
    void payWithoutACurrencySign() {
        assertThat(value("the depot offered 23 an hour, I'm on 19.75 now", Kind.OFFER)).contains("23 an hour");
        assertThat(value("the depot offered 23 an hour, I'm on 19.75 now", Kind.CURRENT_PAY)).contains("19.75");
        assertThat(value("contract rate offered is $64/hr and I'm a tester now at $55/hr", Kind.CURRENT_PAY))
                .contains("$55/hr");
        assertThat(value("my current sallary is 41k", Kind.CURRENT_PAY)).contains("41k");
        assertThat(value("I ran 3.25 miles before work", Kind.CURRENT_PAY)).isEmpty();
    }

    @Test
    void savingsThatCoverAYear() {
        assertThat(value("thinking of quitting, my savings would cover about a year", Kind.SAVINGS))
                .hasValueSatisfying(v -> assertThat(v).contains("about a year"));
    }

    @Test
    void peopleWithoutMyAndAnEmployerAfterAJobTitle() {
        assertThat(value("One of my clients wants me in-house. Good idea?", Kind.PERSON)).contains("client");
        assertThat(value("Client keeps changing the brief, she says it's normal", Kind.PERSON))
                .contains("client (she)");
        assertThat(value("Our CEO, he wants me to lead the new office", Kind.PERSON)).contains("other (he)");
        assertThat(value("I'm a baggage handler with Skyline Air, 5 years", Kind.COMPANY)).contains("Skyline Air");
        assertThat(value("offer is $40/hr, is that fair?", Kind.PERSON)).as("/hr is not HR").isEmpty();
        assertThat(value("ten years of HR work behind me", Kind.PERSON)).isEmpty();
    }

    @Test
    void aCorrectedNumberOfYearsIsTheSecondOne() {
        assertThat(value("sorry, I said 6 years but it's 8 counting my apprenticeship", Kind.YEARS)).contains("8");
        assertThat(value("not 5 years, more like 7 if you count temping", Kind.YEARS)).contains("7");
        assertThat(value("I said 6 years in the interview", Kind.YEARS)).contains("6");
    }

    @Test
    void aCorrectionOfAnAmountNeverNotedReplacesNoneOfTheKnownOnes() {
        List<Coach.Fact> known = List.of(new Coach.Fact(Kind.OFFER, "$90k", "$90k", 1));
        // Two offers were named, only the first noted; the person corrects the second.
        assertThat(FactReader.read("oops, the Acme one is $74k, not $71k", 2, known, Optional.empty()))
                .noneMatch(f -> f.kind() == Kind.OFFER);
        assertThat(FactReader.read("oops, it's $92k, not $90k", 2, known, Optional.empty()))
                .anyMatch(f -> f.kind() == Kind.OFFER && f.value().equals("$92k"));
        assertThat(FactReader.read("wait it's $92k, I was looking at the old email", 2, known, Optional.empty()))
                .anyMatch(f -> f.kind() == Kind.OFFER && f.value().equals("$92k"));
    }

    @Test
    void yearsInAClauseAboutSomeoneElseAreTheirs() {
        assertThat(value("My uncle was a welder for 25 years, should I try it?", Kind.YEARS)).isEmpty();
        assertThat(value("My uncle was a welder, I've done it for 4 years", Kind.YEARS)).contains("4");
    }

    @Test
    void aSpellCountedInIsNotTheRoleNow() {
        assertThat(value("I said 9 years but it's 11 if you include my stint as a care assistant", Kind.CURRENT_ROLE))
                .isEmpty();
        assertThat(value("12 years in total, counting my time as an apprentice", Kind.CURRENT_ROLE)).isEmpty();
        assertThat(value("12 years in total, counting my time as an apprentice", Kind.YEARS)).contains("12");
        assertThat(value("I work as a dental nurse in Cork", Kind.CURRENT_ROLE)).contains("dental nurse");
    }
}
