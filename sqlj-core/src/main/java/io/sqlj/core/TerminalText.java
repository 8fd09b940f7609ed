package io.sqlj.core;

import org.jspecify.annotations.Nullable;

/**
 * Text from outside sqlj (an engine's messages and stderr, names, file names) made safe to print
 * on a terminal: no escape sequence can clear the screen, retitle the window or move the cursor,
 * and no carriage return, line feed or bidi control can fake or reorder a line. Every
 * {@link Diagnostic} is printed through {@link #escape}, by the CLI and the Maven plugin alike.
 */
public final class TerminalText {

    private TerminalText() {}

    /**
     * {@code text} with control characters written visibly: {@code \r}, {@code \n}, {@code \e}
     * (ESC), {@code \x07}-style for the other C0 and C1 controls and DEL, {@code \u202e}-style for
     * bidi and other format characters, line and paragraph separators and lone surrogates. A line
     * feed followed by four spaces stays, as sqlj's own indented continuation line (the stderr
     * excerpt of a failed engine): text from outside can start an indented line, never a line of
     * its own.
     */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(text, i);
            if (replacement == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            out.append(replacement);
        }
        return out == null ? text : out.toString();
    }

    private static @Nullable String replacement(String text, int i) {
        char c = text.charAt(i);
        if (c >= ' ' && c < 0x7f || c == '\t') {
            return null;
        }
        if (c == '\n') {
            return text.startsWith("    ", i + 1) ? null : "\\n";
        }
        if (c == '\r') {
            return "\\r";
        }
        if (c == 0x1b) {
            return "\\e";
        }
        if (c < ' ' || (c >= 0x7f && c <= 0x9f)) {
            return String.format("\\x%02x", (int) c);
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? null : unicode(c);
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1)) ? null : unicode(c);
        }
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                ? unicode(c)
                : null;
    }

    private static String unicode(char c) {
        return String.format("\\u%04x", (int) c);
    }
}
