package org.careerroutes.importer;

import org.careerroutes.model.Block;
import org.careerroutes.model.Words;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The roles a profile's career path names, for the route map's senior roles: "With experience
 * and further training, you could become a consultant, specialising in particular clinical areas,
 * or move into management, teaching, or medical research" names a consultant, management,
 * teaching and medical research. A phrase that does not read as a role is left out.
 */
final class CareerRoles {

    private static final String MOVES = "become|move into|progress to|go on to become|go on to|work as|work towards becoming"
            + "|specialise in|be promoted to|train as|apply for promotion to";
    private static final Pattern COULD = Pattern.compile("\\b(?:could|can|may) (?:also |then |eventually )?(?:" + MOVES
            + ")\\s+(?<tail>[^.]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern OWN_BUSINESS = Pattern.compile("\\b(?:set up|start|run) (?:your own|a) (?:business|company)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM_START = Pattern.compile("^(?:to )?(?:" + MOVES + ")\\s+", Pattern.CASE_INSENSITIVE);
    /** The most roles a map shows, so that a long list does not crowd the map's last column. */
    private static final int MOST = 8;
    private static final int LONGEST = 48;
    /** A word that shares the noun after it: "a senior or head dental nurse" is a senior dental nurse. */
    private static final Pattern RANK = Pattern.compile("(?i)senior|junior|head|lead|chief|principal|deputy");
    private static final Pattern LAST_PAIR = Pattern.compile("(?i),\\s*([\\w' ]+?) (\\w+) and ([\\w' ]+?) (\\w+)$");

    private CareerRoles() {
    }

    static List<String> in(List<Block> careerPath) {
        Set<String> roles = new LinkedHashSet<>();
        for (Block block : careerPath) {
            boolean list = block instanceof org.careerroutes.model.BulletList;
            List<String> texts = block.texts().stream().map(SourceText::plain).toList();
            // "You could also specialise in an area like:" with the areas as its items.
            boolean introMoves = list && ((org.careerroutes.model.BulletList) block).intro()
                    .filter(intro -> COULD.matcher(intro).find()).isPresent();
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                boolean item = list && !(i == 0 && ((org.careerroutes.model.BulletList) block).intro().isPresent());
                if (item) {
                    Matcher start = ITEM_START.matcher(text.strip());
                    String rest = start.lookingAt() ? text.strip().substring(start.end())
                            : introMoves ? text.strip() : "";
                    if (!rest.isEmpty()) {
                        split(rest, roles);
                    }
                }
                Matcher could = COULD.matcher(text);
                while (could.find()) {
                    split(could.group("tail"), roles);
                }
                if (OWN_BUSINESS.matcher(text).find()) {
                    roles.add("Running your own business");
                }
            }
        }
        return roles.stream().limit(MOST).toList();
    }

    /** "a consultant, specialising in …, or move into management, teaching, or medical research" as roles. */
    private static void split(String tail, Set<String> roles) {
        // "and" joins roles only after a comma: "research and development" is one.
        for (String segment : tail.split("(?i),? (?:or|and|then) (?:" + MOVES + ") ")) {
            String kept = segment.replaceFirst(",\\s+[a-z]+ing\\s+(?:in|on|with|for|as|at|to|across)\\b.*$", "")
                    .replaceFirst("(?i)\\s+(?:if|when|after|with|once|by|in time)\\b.*$", "")
                    // "… or work for a pet food company", "…, set up your own practice": not roles.
                    .replaceFirst("(?i)(?:,\\s*|\\s+)(?:or\\s+)?(?:work for|set up|open)\\b.*$", "");
            kept = lastPairOfAList(kept);
            String[] parts = kept.split("(?i),\\s*(?:or|and|then)\\s+|,\\s*|\\s+or\\s+|\\s+and then\\s+|\\s+then\\s+");
            for (int i = 0; i < parts.length; i++) {
                String role = clean(parts[i]);
                String next = i + 1 < parts.length ? clean(parts[i + 1]) : "";
                if (RANK.matcher(role).matches() && next.contains(" ")) {
                    // "a senior or head dental nurse": the senior one is a senior dental nurse.
                    role = role + next.substring(next.indexOf(' '));
                }
                if (!role.isEmpty() && role.length() <= LONGEST && !role.matches("(?i).*\\b(?:you|your|this|job)\\b.*")) {
                    roles.add(Words.capitalise(role));
                }
            }
        }
    }

    /** A part of a list as a role: "an area like transport" as "transport", "a head nurse" as "head nurse". */
    private static String clean(String part) {
        return ITEM_START.matcher(part.strip().replaceFirst("[.;:]$", "")).replaceFirst("")
                .replaceFirst("(?i)^(?:an?|the|a senior role as an?)\\s+", "")
                .replaceFirst("(?i)^areas? (?:like|such as)(?:\\s+(?:the\\s+)?|$)", "").strip();
    }

    /**
     * "a crew manager, watch manager, station manager and area manager": the last two of a list
     * are two roles where both end in the same word; "emergency and critical care" stays one.
     */
    private static String lastPairOfAList(String list) {
        Matcher pair = LAST_PAIR.matcher(list);
        return pair.find() && pair.group(2).equalsIgnoreCase(pair.group(4))
                ? list.substring(0, pair.start()) + ", " + pair.group(1) + " " + pair.group(2) + ", " + pair.group(3) + " "
                + pair.group(4) : list;
    }

    /** For the report: the roles as one line. */
    static String describe(List<String> roles) {
        return roles.isEmpty() ? "none named" : String.join(", ", new ArrayList<>(roles));
    }
}
