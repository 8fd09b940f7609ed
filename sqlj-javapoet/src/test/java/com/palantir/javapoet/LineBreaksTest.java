package com.palantir.javapoet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** sqlj's change to {@code CodeWriter.emitAndIndent}: the lines it finds are those of {@code \R}. */
class LineBreaksTest {

    private static final Pattern UPSTREAM = Pattern.compile("\\R");
    private static final char[] ALPHABET = {'a', 'b', ' ', '\n', '\r', '\u000b', '\f', '\u0085', '\u2028', '\u2029', '\t'};

    private static List<String> lines(String s) {
        List<String> lines = new ArrayList<>();
        for (int start = 0, end; start <= s.length(); start = CodeWriter.nextLine(s, end)) {
            end = CodeWriter.lineEnd(s, start);
            lines.add(s.substring(start, end));
        }
        return lines;
    }

    @Test
    void sameLinesAsTheRegularExpressionForEveryShortString() {
        List<String> strings = new ArrayList<>(List.of("", "a", "\n", "\r\n", "\n\r", "\r\r\n", "a\r\nb\rc\nd", "\r\n\r\n"));
        Random random = new Random(17);
        for (int i = 0; i < 20_000; i++) {
            char[] chars = new char[random.nextInt(9)];
            for (int k = 0; k < chars.length; k++) {
                chars[k] = ALPHABET[random.nextInt(ALPHABET.length)];
            }
            strings.add(new String(chars));
        }
        for (String s : strings) {
            assertEquals(Arrays.asList(UPSTREAM.split(s, -1)), lines(s), () -> "lines of " + escape(s));
        }
    }

    @Test
    void javadocAndStatementsBreakAtEachKindOfLineBreak() throws IOException {
        StringBuilder out = new StringBuilder();
        CodeWriter writer = new CodeWriter(out);
        writer.emitJavadoc(CodeBlock.of("one\r\ntwo\u2028three\n\nfour\n"));
        writer.emit("int x =\n1;\n");
        assertEquals("/**\n * one\n * two\n * three\n *\n * four\n */\nint x =\n1;\n", out.toString());
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(String.format("\\u%04x", c)));
        return b.toString();
    }
}
