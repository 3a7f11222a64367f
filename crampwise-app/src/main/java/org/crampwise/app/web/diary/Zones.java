package org.crampwise.app.web.diary;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The time zones a person chooses from: Java's zone ids (the IANA time-zone database) grouped by
 * their region, as "Europe" / "London". Old aliases (US/Eastern, GB, Etc/GMT+5, SystemV/...) are
 * left out, as every place has a regional id; a zone already stored under such a name is still
 * offered, so changing a cramp never loses it.
 */
final class Zones {
    private static final Set<String> REGIONS = Set.of("Africa", "America", "Antarctica", "Arctic", "Asia",
            "Atlantic", "Australia", "Europe", "Indian", "Pacific");
    /** The group of zones that belong to no region ("UTC"), and of an old alias kept from before. */
    static final String OTHER = "UTC";
    /** Java's list is copied on every call: kept once, as the quick log checks each phone's zone. */
    private static final Set<String> IDS = Set.copyOf(ZoneId.getAvailableZoneIds());
    private static final List<DiaryViews.ZoneGroup> ALL = build();

    private Zones() {}

    /** Every group, with {@code current} offered too when it is not among them. */
    static List<DiaryViews.ZoneGroup> groups(String current) {
        if (current == null || current.isEmpty() || known(current)) {
            return ALL;
        }
        List<DiaryViews.ZoneGroup> out = new ArrayList<>(ALL);
        DiaryViews.ZoneGroup other = out.remove(out.size() - 1);
        List<DiaryViews.Choice> zones = new ArrayList<>(other.zones());
        zones.add(new DiaryViews.Choice(current, current.replace('_', ' ')));
        out.add(new DiaryViews.ZoneGroup(other.label(), zones));
        return out;
    }

    static boolean known(String id) {
        return id.equals("UTC") || (REGIONS.contains(region(id)) && IDS.contains(id));
    }

    private static List<DiaryViews.ZoneGroup> build() {
        Map<String, List<DiaryViews.Choice>> byRegion = new TreeMap<>();
        for (String id : new java.util.TreeSet<>(IDS)) {
            String region = region(id);
            if (REGIONS.contains(region)) {
                byRegion.computeIfAbsent(region, k -> new ArrayList<>())
                        .add(new DiaryViews.Choice(id, id.substring(region.length() + 1).replace('_', ' ')
                                .replace("/", " / ")));
            }
        }
        List<DiaryViews.ZoneGroup> out = new ArrayList<>();
        byRegion.forEach((region, zones) -> out.add(new DiaryViews.ZoneGroup(region, List.copyOf(zones))));
        out.add(new DiaryViews.ZoneGroup(OTHER, List.of(new DiaryViews.Choice("UTC", "UTC"))));
        return List.copyOf(out);
    }

    private static String region(String id) {
        int slash = id.indexOf('/');
        return slash < 0 ? "" : id.substring(0, slash);
    }
}
