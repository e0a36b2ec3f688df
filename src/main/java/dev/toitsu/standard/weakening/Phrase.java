package dev.toitsu.standard.weakening;

import java.util.regex.Matcher;

/** A quotable piece of a clause: the words around a match, cut at the nearest 、 or 。 (at most 20 characters). */
final class Phrase {

    private static final int REACH = 20;

    private Phrase() {}

    static String around(String text, Matcher m) {
        return around(text, m.start(), m.end());
    }

    static String around(String text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < REACH && "、。".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length()
                && to - end < 8
                && "、。".indexOf(text.charAt(to)) < 0
                && end > 0
                && "。".indexOf(text.charAt(end - 1)) < 0) {
            to++;
        }
        boolean cutBefore = from > 0 && "、。".indexOf(text.charAt(from - 1)) < 0;
        boolean cutAfter = to < text.length() && "、。".indexOf(text.charAt(to)) < 0;
        String phrase = text.substring(from, to).strip();
        if (phrase.endsWith("。")) {
            phrase = phrase.substring(0, phrase.length() - 1);
        }
        return (cutBefore ? "…" : "") + phrase + (cutAfter ? "…" : "");
    }

    /** The closing predicate of a text: from its last 、 to the end of its first sentence, at most 20 characters. */
    static String ending(String text) {
        String t = text.strip();
        int end = t.indexOf('。');
        end = end < 0 ? t.length() : end;
        int comma = t.lastIndexOf('、', end - 1);
        int from = comma + 1;
        if (end - from > REACH) {
            return "…" + t.substring(end - REACH, end);
        }
        return t.substring(from, end);
    }
}
