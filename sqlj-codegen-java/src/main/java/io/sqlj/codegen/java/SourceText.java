package io.sqlj.codegen.java;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes generated Java source mean what JavaPoet wrote, whatever text reached it from a file
 * name, a query, a config or an engine.
 *
 * <p>javac decodes {@code \}{@code uXXXX} escapes before it lexes anything, in comments and string
 * literals alike, so {@code \}{@code u000a} in a {@code // source:} comment ends the comment and
 * whatever follows becomes code. JavaPoet escapes backslashes in string literals ({@code $S}) but
 * not in comments. Two rules close this, each in one place:
 *
 * <ul>
 *   <li>{@link #harden} runs on every generated file: it turns each backslash that javac would read
 *       as the start of a Unicode escape into {@code \}{@code u005c} (a backslash javac does not
 *       re-read), but for the escapes of invisible characters JavaPoet writes in string literals,
 *       which mean the same character in any context; and it writes every invisible character (C0/C1 controls but tab and line feed,
 *       bidi and other format characters, line and paragraph separators, lone surrogates) as a
 *       Unicode escape, which means the same character but cannot be hidden from a reader
 *       ("Trojan Source", CVE-2021-42574). It refuses a carriage return: no Unicode escape can
 *       make one harmless, so the text that carried it must be escaped where it entered.
 *   <li>{@link #commentLine} (and {@link Javadocs#escape} for Javadoc) escapes the characters that
 *       end a comment: line terminators and {@code *}{@code /}.
 * </ul>
 */
final class SourceText {

    private SourceText() {}

    /**
     * Text for one {@code //} comment line, such as a query file's path: backslash, carriage return,
     * line feed and tab are written as in a Java string literal, the other characters JavaPoet would
     * break the line at as Unicode escapes; other invisible characters are left to {@link #harden}.
     */
    static String commentLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                // JavaPoet starts a new comment line at each of these; written as Unicode escapes, which
                // harden keeps, they stay on this line (javac decodes them, but none ends a comment)
                case '\u000b', '\f', '\u0085', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A string literal for {@code value}, as {@code $S} writes it, but for the line and paragraph
     * separators (U+2028, U+2029): JavaPoet leaves them raw and then breaks the line there, inside
     * the literal; here each becomes its own {@code "\}{@code u2028"} joined with {@code +}.
     */
    static CodeBlock literal(String value) {
        List<CodeBlock> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u2028' || c == '\u2029') {
                if (i > start) {
                    parts.add(CodeBlock.of("$S", value.substring(start, i)));
                }
                parts.add(CodeBlock.of("$L", String.format("\"\\u%04x\"", (int) c)));
                start = i + 1;
            }
        }
        if (start < value.length() || parts.isEmpty()) {
            parts.add(CodeBlock.of("$S", value.substring(start)));
        }
        return CodeBlock.join(parts, " + ");
    }

    /** The generated file, with no Unicode escape javac would decode and no invisible character. */
    static String harden(String source) {
        if (plain(source)) {
            return source; // most files: nothing below would change a character
        }
        StringBuilder out = new StringBuilder(source.length() + 16);
        int backslashes = 0;
        // javac 17 lets a backslash that follows a Unicode escape start another escape even when it
        // is itself escaped (the escape of U+D800, then an escaped backslash and u0022, reads as a
        // quote): every backslash right after an escape,
        // and the rest of its run, is written as an escape too, which javac never reads further.
        boolean afterEscape = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                boolean startsEscape = backslashes % 2 == 0 && i + 1 < source.length() && source.charAt(i + 1) == 'u';
                if (startsEscape && escapesInvisible(source, i)) {
                    out.append(source, i, i + 6);
                    i += 5;
                    backslashes = 0;
                    afterEscape = true;
                    continue;
                }
                out.append(startsEscape || afterEscape ? "\\u005c" : "\\");
                afterEscape = startsEscape || afterEscape;
                backslashes = startsEscape ? 0 : backslashes + 1;
                continue;
            }
            backslashes = 0;
            if (c == '\r') {
                throw new IllegalStateException("generated source holds a carriage return at offset " + i
                        + "; the text that carried it reached the source unescaped");
            }
            if (invisible(source, i)) {
                out.append(String.format("\\u%04x", (int) c));
                afterEscape = true;
            } else {
                out.append(c);
                afterEscape = false;
            }
        }
        return out.toString();
    }

    /**
     * Whether {@link #harden} keeps {@code source} as it is: printable ASCII, line feeds and tabs
     * only, and no backslash followed by {@code u} (with neither an escape nor an invisible
     * character, each backslash is copied as it is).
     */
    private static boolean plain(String source) {
        for (int i = 0, n = source.length(); i < n; i++) {
            char c = source.charAt(i);
            if (c >= 0x7f
                    || c < ' ' && c != '\n' && c != '\t'
                    || c == '\\' && i + 1 < n && source.charAt(i + 1) == 'u') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the Unicode escape at {@code i} is one JavaPoet writes in a string literal (or this
     * class writes): {@code \}{@code u} and four hex digits naming an invisible character other
     * than a line terminator, which means the same wherever it stands.
     */
    private static boolean escapesInvisible(String source, int i) {
        if (i + 6 > source.length()) {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(source.charAt(k), 16) < 0) {
                return false;
            }
        }
        char decoded = (char) Integer.parseInt(source.substring(i + 2, i + 6), 16);
        return decoded != '\n' && decoded != '\r' && invisible(String.valueOf(decoded), 0);
    }

    private static boolean invisible(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\t') {
            return false;
        }
        if (c >= ' ' && c < 0x7f) {
            return false;
        }
        int codePoint = c;
        if (Character.isHighSurrogate(c)) {
            if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                return true;
            }
            codePoint = Character.toCodePoint(c, text.charAt(i + 1));
        } else if (Character.isLowSurrogate(c)) {
            if (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
                return true;
            }
            codePoint = Character.toCodePoint(text.charAt(i - 1), c);
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED -> true;
            default -> false;
        };
    }
}
