package dev.mosaic.core.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mosaic.core.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CareResourcesTest {
    @Test
    void everyBundledRegionIsCompleteWithoutDuplicatesAndEveryContactSaysHowToReachIt() {
        assertThat(CareResources.bundledRegions()).containsExactly("international", "us", "ca", "gb", "ie", "au");
        for (String region : CareResources.bundledRegions()) {
            CareResources resources = CareResources.bundled(region);
            List<CareResources.Resource> all = resources.all();
            assertThat(all).as(region).extracting(CareResources.Resource::kind)
                    .contains(CareResources.Resource.Kind.EMERGENCY, CareResources.Resource.Kind.CRISIS_LINE);
            Set<String> seen = new HashSet<>();
            for (CareResources.Resource resource : all) {
                assertThat(seen.add(resource.kind() + resource.name())).as(region + " " + resource.name()).isTrue();
                assertThat(resource.contact()).as(region + " " + resource.name())
                        .matches(".*(\\d{3}|\\.org|\\.ca|\\.com|local emergency number).*");
            }
            assertThat(resources.forKind(Care.Kind.ABUSE)).as(region + " names help for abuse")
                    .anySatisfy(r -> assertThat(r.kind()).isIn(CareResources.Resource.Kind.ABUSE_LINE));
        }
    }

    @Test
    void theFiguresThatMatterAreRight() {
        assertThat(CareResources.bundled().all()).extracting(CareResources.Resource::contact)
                .anySatisfy(c -> assertThat(c).contains("988"))
                .anySatisfy(c -> assertThat(c).contains("116 123"))
                .anySatisfy(c -> assertThat(c).contains("local emergency number"));
        assertThat(CareResources.bundled().emergencyNumber()).isEqualTo("your local emergency number");
        assertThat(CareResources.bundled("us").emergencyNumber()).isEqualTo("911");
        assertThat(CareResources.bundled("US").primaryCrisisLine().contact()).contains("988");
        assertThat(CareResources.bundled("ca").emergencyNumber()).isEqualTo("911");
        assertThat(CareResources.bundled("uk").region()).isEqualTo("gb");
        assertThat(CareResources.bundled("gb").emergencyNumber()).isEqualTo("999");
        assertThat(CareResources.bundled("gb").primaryCrisisLine().contact()).contains("116 123");
        assertThat(CareResources.bundled("ie").emergencyNumber()).isEqualTo("112 or 999");
        assertThat(CareResources.bundled("au").emergencyNumber()).isEqualTo("000");
        assertThat(CareResources.bundled("au").primaryCrisisLine().contact()).contains("13 11 14");
    }

    @Test
    void eachKindNamesTheResourcesThatFitInTheOrderThatHelps() {
        CareResources gb = CareResources.bundled("gb");
        assertThat(gb.forKind(Care.Kind.SUICIDE)).extracting(CareResources.Resource::kind).containsExactly(
                CareResources.Resource.Kind.CRISIS_LINE, CareResources.Resource.Kind.CRISIS_LINE, CareResources.Resource.Kind.EMERGENCY);
        assertThat(gb.forKind(Care.Kind.ABUSE)).extracting(CareResources.Resource::kind).startsWith(
                CareResources.Resource.Kind.ABUSE_LINE).endsWith(CareResources.Resource.Kind.EMERGENCY, CareResources.Resource.Kind.CRISIS_LINE);
        assertThat(gb.forKind(Care.Kind.DANGER)).extracting(CareResources.Resource::kind).containsExactly(
                CareResources.Resource.Kind.EMERGENCY, CareResources.Resource.Kind.CRISIS_LINE);
        assertThat(gb.forKind(Care.Kind.CRYING)).isEmpty();
    }

    @Test
    void yourOwnResourcesAreCheckedAndNamed(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> CareResources.bundled("fr")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("region: no bundled crisis resources for 'fr'")
                .hasMessageContaining("international, us, ca, gb, ie, au");
        assertThatThrownBy(() -> CareResources.of("fr", List.of(new CareResources.Resource("Urgences", "Appelez le 112",
                CareResources.Resource.Kind.EMERGENCY)))).hasMessageContaining("needs at least one crisis_line");
        assertThatThrownBy(() -> CareResources.bundled(" ")).hasMessageContaining("region: must not be blank");
        assertThatThrownBy(() -> new CareResources.Resource("", "x", CareResources.Resource.Kind.EMERGENCY))
                .hasMessageContaining("name");

        Path file = dir.resolve("care.csv");
        Files.writeString(file, "region,kind,name,contact\nfr,emergency,Urgences,Appelez le 15 ou le 112\n"
                + "fr,crisis_line,3114,Appelez le 3114\nde,emergency,Notruf,Rufen Sie 112 an\n");
        CareResources fr = CareResources.read(file, "FR");
        assertThat(fr.region()).isEqualTo("fr");
        assertThat(fr.emergencyNumber()).isEqualTo("your local emergency number");
        assertThat(fr.forKind(Care.Kind.ABUSE)).extracting(CareResources.Resource::name).containsExactly("Urgences", "3114");
        assertThatThrownBy(() -> CareResources.read(file, "de")).hasMessageContaining("needs at least one crisis_line");
        assertThatThrownBy(() -> CareResources.read(file, "it")).hasMessageContaining("has no rows for region 'it'")
                .hasMessageContaining("fr, de");

        Files.writeString(file, "region,kind,name,contact\nfr,emergency,,Appelez le 112\n");
        assertThatThrownBy(() -> CareResources.read(file, "fr")).hasMessageContaining(":2: column name is empty");
        Files.writeString(file, "region,type,name,contact\n");
        assertThatThrownBy(() -> CareResources.read(file, "fr"))
                .hasMessageContaining(":1: the header must be region,kind,name,contact");
        assertThatThrownBy(() -> CareResources.read(dir.resolve("missing.csv"), "fr"))
                .hasMessageContaining("cannot read");
    }

    @Test
    void aCareValueMustBeConsistent() {
        List<CareResources.Resource> none = List.of();
        assertThatThrownBy(() -> new Care(Care.Level.CRISIS, Care.Kind.SUICIDE, none))
                .hasMessageContaining("a crisis reply must name resources");
        assertThatThrownBy(() -> new Care(Care.Level.DISTRESS, Care.Kind.SUICIDE, none))
                .hasMessageContaining("suicide belongs to crisis");
        assertThat(new Care(Care.Level.DISTRESS, Care.Kind.PANIC, none).resources()).isEmpty();
    }
}
