package dev.toitsu.standard.weakening;

import dev.toitsu.standard.WeakeningFlag;
import dev.toitsu.standard.WeakeningKind;
import dev.toitsu.standard.mapping.TermFolding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a mapped clause with its catalog requirement and flags where the clause is weaker (統一規範 第六条3: the
 * organization's standard must be 同等以上). Each rule looks for a phrase in one text and its stronger counterpart in
 * the other, so the explanation can quote both. A phrase that both texts contain is never a weakening (「必要に応じて」
 * in the requirement too means the requirement was already conditional).
 */
public final class WeakeningDetector {

    private static final Pattern MANDATORY = Pattern.compile("(こと|なければならない|てはならない|ものとする)(。|$)");

    /** Markers that turn a duty into an effort, an option or a case-by-case decision. */
    private static final List<String> WEAK_MARKERS = List.of(
            "よう努める",
            "努めるものとする",
            "努める",
            "が望ましい",
            "望ましい",
            "必要に応じて",
            "必要に応じ",
            "ことができる",
            "できるものとする",
            "可能な場合には",
            "可能な場合",
            "可能な範囲で",
            "できる限り",
            "この限りでない");

    private static final Pattern ESTABLISH_MANDATORY = Pattern.compile("(置く|設置する|設置し)(こと)");
    private static final Pattern ESTABLISH_OPTIONAL = Pattern.compile("(置く|設置する)ことができ");
    private static final Pattern PERSONS = Pattern.compile("(\\d+)(人|名)");

    private static final Pattern PER_YEAR = Pattern.compile("(毎年度|毎年|年)(最低)?(\\d+)回|毎年度|毎年");
    private static final Pattern LOOSE_PERIOD = Pattern.compile("隔年|必要に応じ(て)?|適宜|随時|定期的");
    private static final Pattern DURATION = Pattern.compile("(\\d+)(年間|年|か月|カ月|ヶ月|箇月|ケ月|週間|週|日間|日|時間)(以内|以上)");

    private static final Pattern UNIVERSAL = Pattern.compile("(全て|すべて)の([^、。をにはがのと及並又]{2,10})");
    private static final Pattern NARROWING = Pattern.compile("(特に重要と認めた|重要な|一部の|特定の)([^、。をにはがのと及並又]{2,10})");

    private static final Pattern LEVEL = Pattern.compile("(機密性|完全性|可用性)(\\d)(以上|の情報|情報)");
    private static final Map<String, String[]> PROTECTED_CLASSES = Map.of(
            "要機密情報", new String[] {"機密性"},
            "要保全情報", new String[] {"完全性"},
            "要安定情報", new String[] {"可用性"},
            "要保護情報", new String[] {"機密性", "完全性", "可用性"});

    private final TermFolding folding;

    public WeakeningDetector(TermFolding folding) {
        this.folding = folding;
    }

    public List<WeakeningFlag> detect(String requirementId, String requirementText, String clauseText) {
        String req = TermFolding.nfkc(requirementText);
        String clause = TermFolding.nfkc(clauseText);
        List<WeakeningFlag> flags = new ArrayList<>();
        Optional<WeakeningFlag> count = relaxedCount(requirementId, req, clause);
        count.ifPresent(flags::add);
        if (count.isEmpty()) {
            weakenedObligation(requirementId, req, clause).ifPresent(flags::add);
        }
        flags.addAll(relaxedPeriod(requirementId, req, clause));
        narrowedScope(requirementId, req, clause).ifPresent(flags::add);
        return flags;
    }

    private Optional<WeakeningFlag> weakenedObligation(String id, String req, String clause) {
        Matcher mandatory = MANDATORY.matcher(req);
        if (!mandatory.find()) {
            return Optional.empty();
        }
        // the clause's first sentence carries its duty; a later 「また、必要な場合は…できる」 adds to it
        String duty = firstSentence(clause);
        for (String marker : WEAK_MARKERS) {
            int at = modalAt(duty, marker);
            if (at >= 0 && !alreadyConditional(req, marker)) {
                return Optional.of(new WeakeningFlag(
                        WeakeningKind.WEAKENED_OBLIGATION,
                        id,
                        "要件 %s は「%s」と義務として定めるが、条項は「%s」としている。"
                                .formatted(
                                        id,
                                        Phrase.around(req, mandatory.start(), mandatory.end()),
                                        Phrase.around(duty, at, at + marker.length()))));
            }
        }
        return Optional.empty();
    }

    private static String firstSentence(String text) {
        int end = text.indexOf('。');
        return end < 0 ? text : text.substring(0, end + 1);
    }

    /**
     * Where a marker is used as a modal: 「設定を行うことができる機能」 describes a function, it does not make the
     * duty optional, so 「できる」 counts only before 。, 、 or ものとする.
     */
    private static int modalAt(String text, String marker) {
        int at = text.indexOf(marker);
        while (at >= 0 && marker.endsWith("できる")) {
            int next = at + marker.length();
            if (next >= text.length() || "。、".indexOf(text.charAt(next)) >= 0 || text.startsWith("もの", next)) {
                return at;
            }
            at = text.indexOf(marker, next);
        }
        return at;
    }

    /** A requirement that is itself conditional (「必要があると認めた場合」, 「必要に応じて」) is not weakened by one. */
    private static boolean alreadyConditional(String req, String marker) {
        if (marker.startsWith("必要")) {
            return req.contains("必要に応") || req.contains("必要があると") || req.contains("必要と認め");
        }
        String stem = marker.length() > 4 ? marker.substring(0, 4) : marker;
        return req.contains(stem);
    }

    private Optional<WeakeningFlag> relaxedCount(String id, String req, String clause) {
        Matcher mandatory = ESTABLISH_MANDATORY.matcher(req);
        Matcher optional = ESTABLISH_OPTIONAL.matcher(clause);
        if (mandatory.find() && optional.find()) {
            return Optional.of(new WeakeningFlag(
                    WeakeningKind.RELAXED_COUNT,
                    id,
                    "要件 %s は「%s」と設置を義務づけるが、条項は「%s」と任意にしている。"
                            .formatted(id, Phrase.around(req, mandatory), Phrase.around(clause, optional))));
        }
        Matcher reqPersons = PERSONS.matcher(req);
        Matcher clausePersons = PERSONS.matcher(clause);
        if (reqPersons.find() && clausePersons.find() && !reqPersons.group(1).equals(clausePersons.group(1))) {
            return Optional.of(new WeakeningFlag(
                    WeakeningKind.RELAXED_COUNT,
                    id,
                    "要件 %s は「%s」とするが、条項は「%s」としている。"
                            .formatted(id, Phrase.around(req, reqPersons), Phrase.around(clause, clausePersons))));
        }
        return Optional.empty();
    }

    private List<WeakeningFlag> relaxedPeriod(String id, String req, String clause) {
        List<WeakeningFlag> flags = new ArrayList<>();
        Matcher reqYear = PER_YEAR.matcher(req);
        if (reqYear.find()) {
            int reqTimes = reqYear.group(3) == null ? 1 : Integer.parseInt(reqYear.group(3));
            Matcher clauseYear = PER_YEAR.matcher(clause);
            if (clauseYear.find()) {
                int times = clauseYear.group(3) == null ? 1 : Integer.parseInt(clauseYear.group(3));
                if (times < reqTimes) {
                    flags.add(period(id, Phrase.around(req, reqYear), Phrase.around(clause, clauseYear)));
                }
            } else {
                Matcher loose = LOOSE_PERIOD.matcher(clause);
                flags.add(
                        loose.find()
                                ? period(id, Phrase.around(req, reqYear), Phrase.around(clause, loose))
                                : missingPeriod(id, Phrase.around(req, reqYear), clause));
            }
        } else if (req.contains("定期的")) {
            Matcher loose = LOOSE_PERIOD.matcher(clause);
            if (!clause.contains("定期") && loose.find()) {
                int at = req.indexOf("定期的");
                flags.add(period(id, Phrase.around(req, at, at + 3), Phrase.around(clause, loose)));
            }
        }
        Map<String, Matcher> clauseDurations = firstDurations(clause);
        Matcher reqDuration = DURATION.matcher(req);
        while (reqDuration.find()) {
            String bound = reqDuration.group(3);
            Matcher c = clauseDurations.get(bound);
            if (c == null) {
                flags.add(missingPeriod(id, Phrase.around(req, reqDuration), clause));
                continue;
            }
            double reqDays = days(reqDuration);
            double clauseDays = days(c);
            boolean relaxed = bound.equals("以内") ? clauseDays > reqDays : clauseDays < reqDays;
            if (relaxed) {
                flags.add(period(id, Phrase.around(req, reqDuration), Phrase.around(clause, c)));
            }
        }
        return flags;
    }

    /** The first 以内 and the first 以上 duration of a text, each as a matcher positioned on it. */
    private static Map<String, Matcher> firstDurations(String text) {
        Map<String, Matcher> out = new HashMap<>();
        Matcher m = DURATION.matcher(text);
        while (m.find()) {
            if (!out.containsKey(m.group(3))) {
                Matcher copy = DURATION.matcher(text);
                copy.find(m.start());
                out.put(m.group(3), copy);
            }
        }
        return out;
    }

    private static double days(Matcher m) {
        double n = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "年", "年間" -> n * 365;
            case "か月", "カ月", "ヶ月", "箇月", "ケ月" -> n * 30;
            case "週", "週間" -> n * 7;
            case "時間" -> n / 24;
            default -> n;
        };
    }

    private static WeakeningFlag period(String id, String reqPhrase, String clausePhrase) {
        return new WeakeningFlag(
                WeakeningKind.RELAXED_PERIOD,
                id,
                "要件 %s は「%s」と定めるが、条項は「%s」としている。".formatted(id, reqPhrase, clausePhrase));
    }

    private static WeakeningFlag missingPeriod(String id, String reqPhrase, String clause) {
        return new WeakeningFlag(
                WeakeningKind.RELAXED_PERIOD,
                id,
                "要件 %s は「%s」と期間・頻度を定めるが、条項（「%s」）には期間・頻度の定めがない。".formatted(id, reqPhrase, Phrase.ending(clause)));
    }

    private Optional<WeakeningFlag> narrowedScope(String id, String req, String clause) {
        String foldedReq = folding.fold(req);
        String foldedClause = folding.fold(clause);
        Matcher universal = UNIVERSAL.matcher(foldedReq);
        while (universal.find()) {
            String noun = universal.group(2);
            if (foldedClause.contains("全ての" + noun) || foldedClause.contains("すべての" + noun)) {
                continue;
            }
            Matcher narrowing = NARROWING.matcher(foldedClause);
            while (narrowing.find()) {
                if (sameHead(narrowing.group(2), noun)) {
                    return Optional.of(new WeakeningFlag(
                            WeakeningKind.NARROWED_SCOPE,
                            id,
                            "要件 %s は「%s」を対象とするが、条項は「%s」に限っている。".formatted(id, universal.group(), narrowing.group())));
                }
            }
        }
        return raisedLevel(id, req, clause);
    }

    private static boolean sameHead(String a, String b) {
        int n = Math.min(4, Math.min(a.length(), b.length()));
        return a.regionMatches(0, b, 0, n);
    }

    /** 要機密情報 (機密性2以上) in the requirement, 機密性3以上 in the clause: fewer information assets are protected. */
    private static Optional<WeakeningFlag> raisedLevel(String id, String req, String clause) {
        Map<String, Integer> reqLevels = new HashMap<>();
        Map<String, String> reqPhrases = new HashMap<>();
        PROTECTED_CLASSES.forEach((word, dimensions) -> {
            int at = req.indexOf(word);
            if (at >= 0) {
                for (String d : dimensions) {
                    reqLevels.merge(d, 2, Math::min);
                    reqPhrases.putIfAbsent(d, word);
                }
            }
        });
        // only lower bounds: 001's 「機密性３情報」 names one level (the highest), not a threshold
        Matcher m = LEVEL.matcher(req);
        while (m.find()) {
            if (m.group(3).equals("以上")) {
                reqLevels.merge(m.group(1), Integer.parseInt(m.group(2)), Math::min);
                reqPhrases.putIfAbsent(m.group(1), m.group());
            }
        }
        Matcher c = LEVEL.matcher(clause);
        while (c.find()) {
            Integer reqLevel = reqLevels.get(c.group(1));
            if (reqLevel != null && Integer.parseInt(c.group(2)) > reqLevel) {
                return Optional.of(new WeakeningFlag(
                        WeakeningKind.NARROWED_SCOPE,
                        id,
                        "要件 %s は「%s」を対象とするが、条項は「%s」に限っている。".formatted(id, reqPhrases.get(c.group(1)), c.group())));
            }
        }
        return Optional.empty();
    }
}
