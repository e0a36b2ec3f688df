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
        while (to < text.length() && to - end < 8 && "、。".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to).strip();
    }

    /** The closing predicate of a text: its last 20 characters before the final 。. */
    static String ending(String text) {
        String t = text.strip();
        int end = t.endsWith("。") ? t.length() - 1 : t.length();
        int cut = t.lastIndexOf('。', end - 1);
        int comma = t.lastIndexOf('、', end - 1);
        int from = Math.max(Math.max(cut, comma) + 1, end - REACH);
        return t.substring(Math.max(0, from), end);
    }
}
