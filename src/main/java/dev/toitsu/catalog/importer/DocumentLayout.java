package dev.toitsu.catalog.importer;

import dev.toitsu.catalog.DocumentStyle;
import dev.toitsu.catalog.NodeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a first pass over the whole text learns before any line is placed: the numbering style, how deep the 部
 * numbers go, where the table of contents is, and whether every line carries the same leading tab (001 does; there a
 * tab is indentation, elsewhere it separates table cells).
 *
 * @param lines the source lines with the common indentation removed
 * @param firstItemId the first 項目 heading, used to name the 項目 a cut-off start belongs to (001 starts inside
 *     1.1.1.1)
 * @param tocStart first line index of the 目次, or -1
 * @param tocEnd index after the last 目次 line
 */
record DocumentLayout(
        List<String> lines,
        DocumentStyle style,
        int partDepth,
        boolean volumes,
        String firstItemId,
        int tocStart,
        int tocEnd) {

    /** Markdown list residue of converted PDFs, 「- 」 or 「 - 」 before a clause (003 L106, L181). */
    static final Pattern LIST_NOISE = Pattern.compile("^(?:-[\\s\\u3000]+)+");

    private static final Pattern DASHES = Pattern.compile("^[-‐ー─―=＝.・…\\s]+$");

    static DocumentLayout scan(List<String> source) {
        List<String> lines = withoutCommonIndent(source);
        int unified = 0;
        int organization = 0;
        int shallowParts = 0;
        int deepParts = 0;
        boolean volumes = false;
        List<Marker> markers = new ArrayList<>(lines.size());
        for (String line : lines) {
            Marker marker = Marker.of(content(line));
            markers.add(marker);
            if (marker == null) {
                continue;
            }
            switch (marker.type()) {
                case PART -> {
                    unified++;
                    if (marker.label().contains(".")) {
                        deepParts++;
                    } else {
                        shallowParts++;
                    }
                }
                case DOTTED -> unified += depth(marker.label()) == 4 ? 1 : 0;
                case VOLUME -> volumes = true;
                case CHAPTER, CIRCLED -> organization++;
                default -> {}
            }
        }
        DocumentStyle style = unified >= 2 && unified >= organization
                ? DocumentStyle.UNIFIED_STANDARD
                : organization >= 2 ? DocumentStyle.ORGANIZATION_STANDARD : DocumentStyle.UNKNOWN;
        int partDepth = shallowParts > deepParts ? 1 : 2;
        String firstItemId = null;
        if (style == DocumentStyle.UNIFIED_STANDARD) {
            for (Marker marker : markers) {
                if (marker != null && marker.type() == Marker.Type.DOTTED && depth(marker.label()) == partDepth + 2) {
                    firstItemId = marker.label();
                    break;
                }
            }
        }
        int tocStart = -1;
        int tocEnd = -1;
        for (int i = 0; i < lines.size() && tocStart < 0; i++) {
            if (content(lines.get(i)).replaceAll("[\\s\\u3000]", "").equals("目次")) {
                tocStart = i;
                tocEnd = i + 1;
                while (tocEnd < lines.size() && isTableOfContentsLine(lines.get(tocEnd), markers.get(tocEnd))) {
                    tocEnd++;
                }
            }
        }
        return new DocumentLayout(lines, style, partDepth, volumes && partDepth == 2, firstItemId, tocStart, tocEnd);
    }

    boolean inTableOfContents(int index) {
        return index >= tocStart && index < tocEnd;
    }

    /** Which heading a dotted number of this depth is, or {@code null} if the style has no such level. */
    NodeKind headingKind(int depth) {
        if (style == DocumentStyle.UNIFIED_STANDARD) {
            if (depth == partDepth) {
                return NodeKind.PART;
            }
            if (depth == 1 && volumes) {
                return NodeKind.VOLUME;
            }
            if (depth == partDepth + 1) {
                return NodeKind.SECTION;
            }
            return depth == partDepth + 2 ? NodeKind.ITEM : null;
        }
        if (depth == 1) {
            return NodeKind.CHAPTER;
        }
        return depth <= 4 ? NodeKind.SECTION : null;
    }

    /** The line without leading whitespace and without markdown list residue. */
    static String content(String line) {
        String stripped = line.stripLeading();
        Matcher noise = LIST_NOISE.matcher(stripped);
        return noise.find() ? stripped.substring(noise.end()) : stripped;
    }

    static int depth(String dottedId) {
        return dottedId.split("\\.", -1).length;
    }

    private static boolean isTableOfContentsLine(String line, Marker marker) {
        if (line.isBlank() || line.contains("\t") || DASHES.matcher(line).matches()) {
            return true;
        }
        return marker != null
                && switch (marker.type()) {
                    case VOLUME, PART, CHAPTER, DOTTED, ANNEX -> true;
                    default -> false;
                };
    }

    private static List<String> withoutCommonIndent(List<String> source) {
        int nonBlank = 0;
        int tabbed = 0;
        for (String line : source) {
            if (!line.isBlank()) {
                nonBlank++;
                if (line.startsWith("\t")) {
                    tabbed++;
                }
            }
        }
        if (nonBlank == 0 || tabbed < nonBlank * 0.9) {
            return source;
        }
        return source.stream().map(l -> l.startsWith("\t") ? l.substring(1) : l).toList();
    }
}
