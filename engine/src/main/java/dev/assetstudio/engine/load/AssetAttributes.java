package dev.assetstudio.engine.load;

import dev.assetstudio.api.FreshnessPolicy;
import dev.assetstudio.engine.definitions.FreshnessRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates what describes an asset, with Dagster's rules: tags, owners, kinds and freshness. Each
 * refusal goes to {@link Problems} naming the asset ({@code who}) and the value at fault; what is
 * valid is returned, so one bad tag does not hide the others' problems.
 */
final class AssetAttributes {
    /** Dagster's tag key segment and tag value: letters, digits, {@code - _ .}, at most 63. */
    private static final Pattern TAG_PART = Pattern.compile("[A-Za-z0-9_.\\-]{1,63}");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern TEAM = Pattern.compile("team:[A-Za-z0-9_.\\-]+");
    static final int MAX_KINDS = 10;

    private AssetAttributes() {}

    static Map<String, String> tags(String who, Map<String, String> tags, Problems problems) {
        Map<String, String> valid = new LinkedHashMap<>();
        tags.forEach((key, value) -> {
            String keyProblem = tagKeyProblem(key);
            if (keyProblem != null) {
                problems.add(who + " has an invalid tag key \"" + key + "\": " + keyProblem);
            } else if (!value.isEmpty() && !TAG_PART.matcher(value).matches()) {
                problems.add(who + " has an invalid value \"" + value + "\" for tag " + key
                        + ": a tag value has at most 63 letters, digits, '-', '_' and '.' (or is empty for a label)");
            } else {
                valid.put(key, value);
            }
        });
        return valid;
    }

    private static String tagKeyProblem(String key) {
        String[] parts = key.split("/", -1);
        if (parts.length > 2) {
            return "a tag key is an optional prefix and a name separated by one '/'";
        }
        for (String part : parts) {
            if (!TAG_PART.matcher(part).matches()) {
                return part.isEmpty()
                        ? "a tag key (and each side of its '/') may not be empty"
                        : "'" + part + "' must be at most 63 letters, digits, '-', '_' and '.'";
            }
        }
        return null;
    }

    static List<String> owners(String who, List<String> owners, Problems problems) {
        List<String> valid = new ArrayList<>();
        for (String owner : owners) {
            if (EMAIL.matcher(owner).matches() || TEAM.matcher(owner).matches()) {
                if (!valid.contains(owner)) {
                    valid.add(owner);
                }
            } else {
                problems.add(
                        who + " has an invalid owner \"" + owner + "\": an owner is an e-mail address or team:name");
            }
        }
        return valid;
    }

    static Set<String> kinds(String who, List<String> kinds, Problems problems) {
        Set<String> valid = new LinkedHashSet<>();
        for (String kind : kinds) {
            if (kind.isBlank()) {
                problems.add(who + " has a blank kind");
            } else {
                valid.add(kind.strip());
            }
        }
        if (valid.size() > MAX_KINDS) {
            problems.add(who + " has " + valid.size() + " kinds " + valid + "; an asset has at most " + MAX_KINDS);
        }
        return valid;
    }

    static FreshnessRule freshness(String who, FreshnessPolicy policy, Problems problems) {
        if (policy == null) {
            return null;
        }
        try {
            return FreshnessRule.parse(policy);
        } catch (IllegalArgumentException e) {
            problems.add(who + " has an invalid freshness policy: " + e.getMessage());
            return null;
        }
    }
}
