package dev.toitsu.catalog.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering marker at the start of a line, if any. Only the start of a line counts: 「⑬(b)に規定する」 inside a
 * sentence is a cross-reference, never a marker.
 *
 * @param label the marker as it appears in ids: ASCII digits and parentheses, circled digits and katakana kept
 * @param ordinal position in its sequence (1 for (1), (a), (ア), ア, ①), 0 where order is not checked
 * @param rest the text after the marker, whitespace normalized
 * @param spaced whether whitespace separates marker and text; a marker glued to a particle is a cross-reference
 */
record Marker(Type type, String label, int ordinal, String rest, boolean spaced) {

    enum Type {
        VOLUME,
        PART,
        CHAPTER,
        DOTTED,
        PAREN_NUMBER,
        CIRCLED,
        PAREN_LATIN,
        PAREN_KANA,
        KANA,
        BULLET,
        CAPTION,
        ANNEX,
        BRACKET,
        PREAMBLE
    }

    /** Katakana in 五十音 order, the order (ア)(イ)(ウ)… follow. */
    static final String GOJUON = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";

    private static final String SPACE = "[\\s\\u3000]";
    private static final String DIGITS = "[0-9０-９]";
    private static final Pattern VOLUME = Pattern.compile("^第(" + DIGITS + "{1,3})編(?:" + SPACE + "+(.*))?$");
    private static final Pattern PART =
            Pattern.compile("^第(" + DIGITS + "{1,3}(?:[.．]" + DIGITS + "{1,3})?)部(?:" + SPACE + "+(.*))?$");
    private static final Pattern CHAPTER = Pattern.compile("^第(" + DIGITS + "{1,3})章(?:" + SPACE + "+(.*))?$");
    // a dotted heading needs a title after whitespace: 「1.2.1.3(2)に定める」 is a cross-reference
    private static final Pattern DOTTED =
            Pattern.compile("^(" + DIGITS + "{1,3}(?:[.．]" + DIGITS + "{1,3}){1,3})" + SPACE + "+(\\S.*)$");
    private static final Pattern PAREN_NUMBER = Pattern.compile("^[(（](" + DIGITS + "{1,3})[)）](.*)$");
    private static final Pattern PAREN_LATIN = Pattern.compile("^[(（]([a-zａ-ｚ])[)）](.*)$");
    private static final Pattern PAREN_KANA = Pattern.compile("^[(（]([" + GOJUON + "])[)）](.*)$");
    private static final Pattern CIRCLED = Pattern.compile("^([\\u2460-\\u2473\\u3251-\\u325F])(.*)$");
    private static final Pattern KANA = Pattern.compile("^([" + GOJUON + "])" + SPACE + "+(\\S.*)$");
    // U+F0B7 is the Symbol-font bullet that Word-to-text conversion leaves behind (001 L128–141)
    private static final Pattern BULLET = Pattern.compile("^([・･•●○◦▪■□◆◇※‐‑‒–−－\\uF0B7])" + SPACE + "*(.*)$");
    private static final Pattern CAPTION =
            Pattern.compile("^【?(趣旨|目的・趣旨|目的及び趣旨|遵守事項|基本遵守事項|強化遵守事項|適用範囲|解説)】?" + "(?:[（(][^）)]*[）)])?$");
    private static final Pattern ANNEX = Pattern.compile("^【(別表|別紙|別添|付録)([^】]{0,10})】" + SPACE + "*(.*)$");
    private static final Pattern BRACKET = Pattern.compile("^【([^】]{1,12})】$");
    private static final Pattern PREAMBLE = Pattern.compile("^(はじめに|前文|序文)$");

    /** Characters that glue a marker to a sentence: 「(a)及び(b)の」, 「⑬(b)に規定する」. */
    private static final String REFERENCE_FOLLOWERS = "にのを及並又とはがでや、，,.。(（)）」】～〜-";

    static Marker of(String content) {
        Matcher m;
        if ((m = CAPTION.matcher(content)).matches()) {
            return new Marker(Type.CAPTION, m.group(1), 0, m.group(1), true);
        }
        if ((m = VOLUME.matcher(content)).matches()) {
            return heading(Type.VOLUME, m.group(1), m.group(2));
        }
        if ((m = PART.matcher(content)).matches()) {
            return heading(Type.PART, m.group(1), m.group(2));
        }
        if ((m = CHAPTER.matcher(content)).matches()) {
            return heading(Type.CHAPTER, m.group(1), m.group(2));
        }
        if ((m = DOTTED.matcher(content)).matches()) {
            return heading(Type.DOTTED, m.group(1), m.group(2));
        }
        if ((m = PAREN_NUMBER.matcher(content)).matches()) {
            int n = Integer.parseInt(ascii(m.group(1)));
            return listItem(Type.PAREN_NUMBER, "(" + n + ")", n, m.group(2));
        }
        if ((m = PAREN_LATIN.matcher(content)).matches()) {
            String letter = ascii(m.group(1));
            return listItem(Type.PAREN_LATIN, "(" + letter + ")", letter.charAt(0) - 'a' + 1, m.group(2));
        }
        if ((m = PAREN_KANA.matcher(content)).matches()) {
            return listItem(Type.PAREN_KANA, "(" + m.group(1) + ")", GOJUON.indexOf(m.group(1)) + 1, m.group(2));
        }
        if ((m = CIRCLED.matcher(content)).matches()) {
            char c = m.group(1).charAt(0);
            int n = c <= '\u2473' ? c - '\u2460' + 1 : c - '\u3251' + 21;
            return listItem(Type.CIRCLED, m.group(1), n, m.group(2));
        }
        if ((m = KANA.matcher(content)).matches()) {
            return listItem(Type.KANA, m.group(1), GOJUON.indexOf(m.group(1)) + 1, m.group(2));
        }
        if ((m = ANNEX.matcher(content)).matches()) {
            return new Marker(Type.ANNEX, m.group(1) + ascii(m.group(2).strip()), 0, normalize(m.group(3)), true);
        }
        if ((m = BRACKET.matcher(content)).matches()) {
            return new Marker(Type.BRACKET, m.group(1), 0, "", true);
        }
        if ((m = PREAMBLE.matcher(content)).matches()) {
            return new Marker(Type.PREAMBLE, m.group(1), 0, m.group(1), true);
        }
        if ((m = BULLET.matcher(content)).matches()) {
            return new Marker(Type.BULLET, m.group(1), 0, normalize(m.group(2)), true);
        }
        return null;
    }

    /** Whether the marker is glued to a particle or another marker, as in 「(a)及び(b)の教育の実施結果は」. */
    boolean looksLikeReference() {
        if (spaced || rest.isEmpty()) {
            return false;
        }
        char first = rest.charAt(0);
        return REFERENCE_FOLLOWERS.indexOf(first) >= 0 || (first >= '\u2460' && first <= '\u2473');
    }

    private static Marker heading(Type type, String number, String title) {
        return new Marker(type, ascii(number), 0, title == null ? "" : normalize(title), true);
    }

    private static Marker listItem(Type type, String label, int ordinal, String rawRest) {
        boolean spaced =
                !rawRest.isEmpty() && (Character.isWhitespace(rawRest.charAt(0)) || rawRest.charAt(0) == '\u3000');
        return new Marker(type, label, ordinal, normalize(rawRest), spaced);
    }

    /** Full-width digits, Latin letters and the full stop to ASCII, as ids use them. */
    static String ascii(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９' || c >= 'ａ' && c <= 'ｚ' || c >= 'Ａ' && c <= 'Ｚ') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                out.append('.');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Collapses runs of whitespace, the ideographic space included, to one space and trims. */
    static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
