package io.sqlj.codegen.java;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** {@link JavaGenerator#clashes}: the generated names a rendering writes after a dot (or bare, for a java.lang name). */
class ClashNamesTest {

    /** Every word of identifier characters, as Java lexes them, that is a generated name and follows a dot. */
    private static String[] reference(String text, Set<String> names, Set<String> javaLang) {
        Set<String> found = new TreeSet<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isJavaIdentifierPart(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
                i++;
            }
            String word = text.substring(start, i);
            if (!Character.isJavaIdentifierStart(word.charAt(0))) {
                continue;
            }
            boolean dotted = start > 0 && text.charAt(start - 1) == '.';
            if (dotted ? names.contains(word) : javaLang.contains(word)) {
                found.add(word);
            }
        }
        return found.toArray(String[]::new);
    }

    @Test
    void findsTheSameNamesAsAScanOfEveryWord() {
        char[] alphabet = {'.', '.', 'A', 'B', 'x', '1', '_', ' ', '\u00e9', '(', 'S', 't', 'r', 'i', 'n', 'g'};
        Set<String> plain = Set.of("A", "AB", "Bx", "x1", "\u00e9A", "_B");
        Set<String> withJavaLang = Set.of("A", "AB", "String", "x1");
        Random random = new Random(17);
        for (int n = 0; n < 20_000; n++) {
            char[] text = new char[random.nextInt(16)];
            for (int k = 0; k < text.length; k++) {
                text[k] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            assertArrayEquals(reference(s, plain, Set.of()), JavaGenerator.clashes(s, plain), s);
            assertArrayEquals(reference(s, withJavaLang, Set.of("String")), JavaGenerator.clashes(s, withJavaLang), s);
        }
    }
}
