package dev.mosaic.core.internal.thread;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The places a person names for themselves or a job: major cities, regions and countries of the English-speaking
 * job markets Mosaic's users write from, and abbreviations people type (NYC, SF). A name that is also a common word
 * or a first name (Reading, Bath, Jordan, Austin) counts only capitalised and after "in", "to" or "from".
 */
final class Places {
    /** A place the list knows: whether it needs "in"/"to" and a capital to count. */
    record Place(boolean ambiguous) {
    }

    private static final String NAMES = String.join("|",
            // United States
            "New York", "New York City", "NYC", "Los Angeles", "LA", "San Francisco", "SF", "Bay Area", "Chicago",
            "Houston", "Phoenix", "Philadelphia", "San Antonio", "San Diego", "Dallas", "San Jose", "Austin*",
            "Jacksonville", "Columbus*", "Charlotte*", "Indianapolis", "Seattle", "Denver", "Boston", "Nashville",
            "Detroit", "Portland", "Las Vegas", "Memphis", "Louisville", "Baltimore", "Milwaukee", "Albuquerque",
            "Tucson", "Fresno", "Sacramento", "Atlanta", "Miami", "Raleigh", "Minneapolis", "Tampa", "Orlando",
            "Pittsburgh", "Cincinnati", "Cleveland", "Kansas City", "St. Louis", "St Louis", "Salt Lake City",
            "Boise", "Omaha", "Oklahoma City", "Richmond", "Washington DC", "DC", "D.C.", "Brooklyn", "Queens",
            "New Jersey", "Texas", "California", "Florida", "Ohio", "Oregon", "Colorado", "Arizona", "Michigan",
            "Illinois", "Massachusetts", "Pennsylvania", "North Carolina", "South Carolina", "Virginia*",
            "Georgia*", "Tennessee", "Kentucky", "Minnesota", "Wisconsin", "Iowa", "Missouri", "Utah", "Nevada",
            "New Mexico", "Idaho", "Montana", "Alaska", "Hawaii", "Maine", "Vermont", "Connecticut", "Maryland",
            "Indiana", "Alabama", "Louisiana", "Arkansas", "Kansas", "Nebraska", "Oklahoma", "Mississippi",
            "Silicon Valley", "Midwest",
            // United Kingdom and Ireland
            "London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Edinburgh", "Liverpool", "Bristol",
            "Sheffield", "Newcastle", "Nottingham", "Leicester", "Cardiff", "Belfast", "Southampton", "Brighton",
            "Cambridge", "Oxford", "Coventry", "Aberdeen", "Dundee", "Swansea", "Norwich", "York*", "Exeter",
            "Plymouth", "Milton Keynes", "Reading*", "Bath*", "Derby", "Hull", "Stoke", "Sunderland", "Wolverhampton",
            "Dublin", "Cork", "Galway", "Scotland", "Wales", "England", "Northern Ireland", "Ireland", "UK",
            "Yorkshire", "Kent", "Essex", "Surrey", "Midlands", "the Midlands",
            // India
            "Bangalore", "Bengaluru", "Mumbai", "Delhi", "New Delhi", "Hyderabad", "Chennai", "Pune", "Kolkata",
            "Ahmedabad", "Noida", "Gurgaon", "Gurugram", "Jaipur", "Kochi", "Lucknow", "Indore", "Chandigarh",
            "Coimbatore", "Bhopal", "Nagpur", "Trivandrum", "Thiruvananthapuram", "Mysore", "Kerala", "India",
            // Australia and New Zealand
            "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Hobart", "Darwin", "Canberra", "Gold Coast",
            "Newcastle NSW", "Kalgoorlie", "Cairns", "Townsville", "Geelong", "Auckland", "Wellington*",
            "Christchurch", "Queensland", "Victoria*", "Tasmania", "New South Wales", "NSW", "WA", "Australia",
            "New Zealand", "NZ",
            // Canada
            "Toronto", "Vancouver", "Montreal", "Calgary", "Ottawa", "Edmonton", "Winnipeg", "Halifax", "Quebec",
            "Ontario", "Alberta", "British Columbia", "BC", "Saskatoon", "Regina*", "Victoria BC", "Canada",
            // elsewhere
            "Dubai", "Abu Dhabi", "Singapore", "Hong Kong", "Tokyo", "Berlin", "Munich", "Amsterdam", "Paris",
            "Lisbon", "Madrid", "Barcelona", "Rome", "Milan", "Zurich", "Geneva", "Vienna", "Stockholm",
            "Copenhagen", "Oslo", "Helsinki", "Brussels", "Prague", "Warsaw", "Budapest", "Athens", "Nairobi",
            "Lagos", "Johannesburg", "Cape Town", "Cairo", "Doha", "Riyadh", "Manila", "Jakarta", "Kuala Lumpur",
            "Bangkok", "Seoul", "Shanghai", "Beijing", "Mexico City", "Sao Paulo", "Toronto area", "Germany",
            "France", "Spain", "Italy", "Netherlands", "Portugal", "Sweden", "Norway", "Denmark", "Switzerland",
            "Japan", "China", "Singapore", "Malaysia", "Philippines", "Indonesia", "Nigeria", "Kenya",
            "South Africa", "UAE", "Qatar", "Saudi Arabia", "Mexico", "Brazil", "Europe", "Asia", "USA", "US*",
            "the US", "the UK", "America", "the States", "Jordan*", "Nice*", "Mobile*", "Phoenix area");

    private static final Map<String, Place> BY_NAME = new HashMap<>();
    /** Abbreviations that are ordinary words in lower case ("us", "la", "wa", "bc"): capitals only. */
    private static final Set<String> CAPITALS_ONLY = Set.of("us", "la", "wa", "bc", "dc", "sf", "uk", "nz", "nsw",
            "uae", "usa", "nyc", "d.c.");

    static {
        for (String name : NAMES.split("\\|")) {
            boolean ambiguous = name.endsWith("*");
            String clean = ambiguous ? name.substring(0, name.length() - 1) : name;
            BY_NAME.put(clean.toLowerCase(Locale.ROOT), new Place(ambiguous));
        }
    }

    private Places() {
    }

    /** {@return the place this phrase names exactly, if it is one} */
    static Optional<Place> find(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        Place place = BY_NAME.get(lower);
        if (place == null) {
            return Optional.empty();
        }
        if (CAPITALS_ONLY.contains(lower) && !phrase.equals(phrase.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(place);
    }
}
