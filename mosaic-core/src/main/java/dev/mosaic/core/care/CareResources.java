package dev.mosaic.core.care;

import dev.mosaic.core.InvalidInputException;
import dev.mosaic.core.MosaicException;
import dev.mosaic.core.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The crisis resources of one region: the emergency services, crisis lines and, where the region has them, lines for
 * people living with abuse. A crisis reply names the ones that fit what the person said.
 *
 * <p>Mosaic bundles resources for {@value #INTERNATIONAL} (the default: Find A Helpline's directory of helplines by
 * country, the US and Canadian 988 lines, Samaritans for the UK and Ireland, and "your local emergency number"),
 * {@code us}, {@code ca}, {@code gb} ({@code uk} is accepted), {@code ie} and {@code au}. An application outside those regions passes its own with
 * {@link #of} or {@link #read}. Immutable and thread-safe.
 */
public final class CareResources {
    /** The region of the default resources, for a service whose users may be anywhere. */
    public static final String INTERNATIONAL = "international";

    private static final String[] HEADER = {"region", "kind", "name", "contact"};

    private final String region;
    private final List<CareResources.Resource> resources;

    private CareResources(String region, List<CareResources.Resource> resources) {
        this.region = region;
        this.resources = resources;
    }

    /** {@return the bundled {@value #INTERNATIONAL} resources} */
    public static CareResources bundled() {
        return bundled(INTERNATIONAL);
    }

    /**
     * The bundled resources of one region.
     *
     * @param region a region code from {@link #bundledRegions()}, any case ({@code uk} is read as {@code gb})
     * @return that region's resources
     * @throws InvalidInputException when the region is not bundled (the message lists the regions that are)
     */
    public static CareResources bundled(String region) {
        String code = normalise(Checks.text(region, "region"));
        List<CareResources.Resource> list = Bundled.BY_REGION.get(code);
        if (list == null) {
            throw new InvalidInputException("region", "no bundled crisis resources for '" + region
                    + "'; bundled regions: " + String.join(", ", Bundled.BY_REGION.keySet())
                    + " (or pass your own resources)");
        }
        return new CareResources(code, list);
    }

    /** {@return the region codes with bundled resources} */
    public static Set<String> bundledRegions() {
        return Bundled.BY_REGION.keySet();
    }

    /**
     * Resources of your own.
     *
     * @param region a short name for the region, shown nowhere but in {@link #region()}
     * @param resources at least one {@link CareResources.Resource.Kind#EMERGENCY} and one
     *     {@link CareResources.Resource.Kind#CRISIS_LINE} resource, in the order a reply should name them
     * @return the resources
     * @throws InvalidInputException when a kind is missing
     */
    public static CareResources of(String region, List<CareResources.Resource> resources) {
        String code = normalise(Checks.text(region, "region"));
        List<CareResources.Resource> copy = Checks.list(resources, "resources");
        for (CareResources.Resource.Kind required : List.of(CareResources.Resource.Kind.EMERGENCY, CareResources.Resource.Kind.CRISIS_LINE)) {
            if (copy.stream().noneMatch(r -> r.kind() == required)) {
                throw new InvalidInputException("resources", "region " + code + " needs at least one "
                        + required.key() + " resource");
            }
        }
        return new CareResources(code, copy);
    }

    /**
     * Reads resources from a CSV file in the bundled format: a header {@code region,kind,name,contact}, then one row
     * per resource, {@code kind} one of {@code emergency}, {@code crisis_line}, {@code abuse_line}.
     *
     * @param file the CSV file (UTF-8)
     * @param region the region whose rows to use
     * @return that region's resources
     * @throws InvalidInputException when the file cannot be read, a row is invalid (the message names the line and
     *     column), or the region has no rows or lacks an emergency or crisis-line resource
     */
    public static CareResources read(Path file, String region) {
        Checks.present(file, "file");
        String code = normalise(Checks.text(region, "region"));
        Map<String, List<CareResources.Resource>> all;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            all = parse(reader, file.toString());
        } catch (IOException e) {
            throw new InvalidInputException("file", "cannot read " + file + ": " + e.getMessage());
        }
        List<CareResources.Resource> list = all.get(code);
        if (list == null) {
            throw new InvalidInputException("region", file + " has no rows for region '" + region + "'; it has: "
                    + String.join(", ", all.keySet()));
        }
        return of(code, list);
    }

    /** {@return the region these resources are for} */
    public String region() {
        return region;
    }

    /** {@return every resource, in file order} */
    public List<CareResources.Resource> all() {
        return resources;
    }

    /**
     * The resources a reply of this kind names, most fitting first: the crisis lines and then the emergency services
     * for suicide, self-harm and someone else at risk; the abuse lines, the emergency services and one crisis line
     * for abuse; the emergency services and one crisis line for immediate danger. Distress kinds name none.
     *
     * @param kind what the message said
     * @return the resources, possibly empty
     */
    public List<CareResources.Resource> forKind(Care.Kind kind) {
        Checks.present(kind, "kind");
        List<CareResources.Resource> out = new ArrayList<>();
        switch (kind) {
            case SUICIDE, SELF_HARM, SOMEONE_AT_RISK -> {
                out.addAll(of(CareResources.Resource.Kind.CRISIS_LINE));
                out.addAll(of(CareResources.Resource.Kind.EMERGENCY));
            }
            case ABUSE -> {
                out.addAll(of(CareResources.Resource.Kind.ABUSE_LINE));
                out.addAll(of(CareResources.Resource.Kind.EMERGENCY));
                out.add(primaryCrisisLine());
            }
            case DANGER -> {
                out.addAll(of(CareResources.Resource.Kind.EMERGENCY));
                out.add(primaryCrisisLine());
            }
            default -> {
            }
        }
        return List.copyOf(new java.util.LinkedHashSet<>(out));
    }

    /** {@return the first crisis line of the region, the one a short reply names} */
    public CareResources.Resource primaryCrisisLine() {
        return of(CareResources.Resource.Kind.CRISIS_LINE).get(0);
    }

    /**
     * {@return the emergency number as a reply says it: {@code 999} for a region whose emergency resource reads
     * "Call 999", {@code your local emergency number} otherwise}
     */
    public String emergencyNumber() {
        String contact = of(CareResources.Resource.Kind.EMERGENCY).get(0).contact();
        if (contact.startsWith("Call ")) {
            String number = contact.substring("Call ".length());
            if (number.matches("[0-9]+( or [0-9]+)?")) {
                return number;
            }
        }
        return "your local emergency number";
    }

    private List<CareResources.Resource> of(CareResources.Resource.Kind kind) {
        return resources.stream().filter(resource -> resource.kind() == kind).toList();
    }

    @Override
    public String toString() {
        return "CareResources[" + region + ", " + resources.size() + " resources]";
    }

    private static String normalise(String region) {
        String code = region.strip().toLowerCase(Locale.ROOT);
        return code.equals("uk") ? "gb" : code;
    }

    private static Map<String, List<CareResources.Resource>> parse(Reader reader, String name) throws IOException {
        Map<String, List<CareResources.Resource>> byRegion = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        var parser = format.parse(reader);
        if (!parser.getHeaderNames().equals(List.of(HEADER))) {
            throw new InvalidInputException("file", name + ":1: the header must be " + String.join(",", HEADER)
                    + ", was " + String.join(",", parser.getHeaderNames()));
        }
        for (CSVRecord row : parser) {
            long line = parser.getCurrentLineNumber();
            if (row.size() != HEADER.length) {
                throw new InvalidInputException("file", name + ":" + line + ": expected " + HEADER.length
                        + " columns, found " + row.size());
            }
            String region = normalise(cell(row, "region", name, line));
            String kindText = cell(row, "kind", name, line);
            CareResources.Resource.Kind kind;
            try {
                kind = CareResources.Resource.Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("file", name + ":" + line + ": column kind: '" + kindText
                        + "' is not one of emergency, crisis_line, abuse_line");
            }
            byRegion.computeIfAbsent(region, r -> new ArrayList<>()).add(new CareResources.Resource(
                    cell(row, "name", name, line), cell(row, "contact", name, line), kind));
        }
        Map<String, List<CareResources.Resource>> frozen = new LinkedHashMap<>();
        byRegion.forEach((region, list) -> frozen.put(region, List.copyOf(list)));
        return frozen;
    }

    private static String cell(CSVRecord row, String column, String name, long line) {
        String value = row.get(column).strip();
        if (value.isEmpty()) {
            throw new InvalidInputException("file", name + ":" + line + ": column " + column + " is empty");
        }
        return value;
    }

    private static final class Bundled {
        static final Map<String, List<CareResources.Resource>> BY_REGION = load();

        private static Map<String, List<CareResources.Resource>> load() {
            try (InputStream in = CareResources.class.getResourceAsStream("care-resources.csv")) {
                if (in == null) {
                    throw new MosaicException(MosaicException.Code.INVALID_CARE_RESOURCES, "care-resources.csv is missing from the jar");
                }
                Map<String, List<CareResources.Resource>> all = parse(new InputStreamReader(in, StandardCharsets.UTF_8),
                        "care-resources.csv");
                all.forEach(CareResources::of); // every bundled region must be complete
                return java.util.Collections.unmodifiableMap(all);
            } catch (IOException e) {
                throw new MosaicException(MosaicException.Code.INVALID_CARE_RESOURCES, "cannot read care-resources.csv: "
                        + e.getMessage(), e);
            }
        }
    }

    /**
     * One place a person in crisis can turn to, as a person reads it.
     *
     * @param name who it is, for example {@code 988 Suicide & Crisis Lifeline}
     * @param contact how to reach it, for example {@code Call or text 988}
     * @param kind what it is for
     */
    public record Resource(String name, String contact, Kind kind) {
        /** Validates the fields. */
        public Resource {
            Checks.text(name, "name");
            Checks.text(contact, "contact");
            Checks.present(kind, "kind");
        }

        /** What a resource is for. */
        public enum Kind {
            /** The emergency services. */
            EMERGENCY,
            /** A crisis or suicide-prevention line. */
            CRISIS_LINE,
            /** A line for people living with abuse or violence. */
            ABUSE_LINE;

            /** {@return the lowercase name used in data files and JSON} */
            public String key() {
                return name().toLowerCase(Locale.ROOT);
            }
        }
    }
}
