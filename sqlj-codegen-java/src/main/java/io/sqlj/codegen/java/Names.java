package io.sqlj.codegen.java;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Turns database names into Java names.
 *
 * <p>Names derived from user input never start with an underscore followed by a letter; every
 * local variable and helper method that sqlj itself invents inside generated code does (
 * {@code _ps}, {@code _rs}, {@code _index}), so the two can never clash.
 */
final class Names {

    /** The Java release generated code is written for: its keywords are the ones escaped. */
    private static final SourceVersion RELEASE = SourceVersion.RELEASE_17;

    /**
     * Restricted identifiers that are legal member names but not type names ({@code var}, {@code
     * record}...); {@code yield} is also kept from members, since an unqualified call to a method
     * named {@code yield} does not compile.
     */
    private static final Set<String> NOT_TYPE_NAMES = Set.of("var", "yield", "record", "sealed", "permits");

    /**
     * Methods of {@code Object}: a record component or a no-argument query method with one of these
     * names would not compile, so they get a trailing {@code _} too.
     */
    static final Set<String> OBJECT_METHODS =
            Set.of("clone", "equals", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait");

    private Names() {}

    /** {@code get_author}, {@code get-author}, {@code GetAuthor} → {@code getAuthor}; "" when no word. */
    static String lowerCamel(String raw) {
        StringBuilder out = new StringBuilder();
        for (String word : words(raw)) {
            out.append(out.length() == 0 ? word.toLowerCase(Locale.ROOT) : capitalize(word));
        }
        return escape(out.toString());
    }

    /** {@code order_status} → {@code OrderStatus}; "" when no word. */
    static String upperCamel(String raw) {
        StringBuilder out = new StringBuilder();
        for (String word : words(raw)) {
            out.append(capitalize(word));
        }
        return escape(out.toString());
    }

    /** {@code GetAuthor} → {@code GET_AUTHOR}; "" when no word. */
    static String upperSnake(String raw) {
        List<String> upper = new ArrayList<>();
        for (String word : words(raw)) {
            upper.add(word.toUpperCase(Locale.ROOT));
        }
        return escape(String.join("_", upper));
    }

    /** A name for a variable, method or record component: lowerCamel, never an Object method. */
    static String member(String raw) {
        String name = lowerCamel(raw);
        return OBJECT_METHODS.contains(name) ? name + "_" : name;
    }

    /**
     * A Go-style exported name as a Java member: {@code SpotifyURL} → {@code spotifyURL}, {@code
     * ID} → {@code id}, {@code URLPath} → {@code urlPath}; a name starting in lower case is kept.
     */
    static String decapitalize(String name) {
        int upper = 0;
        while (upper < name.length() && Character.isUpperCase(name.charAt(upper))) {
            upper++;
        }
        if (upper == 0) {
            return name;
        }
        int cut = upper == 1 || upper == name.length() ? upper : upper - 1;
        String result = name.substring(0, cut).toLowerCase(java.util.Locale.ROOT) + name.substring(cut);
        return reserved(result) || OBJECT_METHODS.contains(result) ? result + "_" : result;
    }

    /** {@code name}, or {@code name2}, {@code name3}... whichever is not in {@code used}; records it. */
    static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = name + n;
        }
        return candidate;
    }

    /**
     * Whether {@code name} may be used as a Java identifier for any generated name, a type's too:
     * a name, not a keyword of Java 17 ({@link SourceVersion}), not {@code var}, {@code record}...
     */
    static boolean isIdentifier(String name) {
        return SourceVersion.isIdentifier(name)
                && !SourceVersion.isKeyword(name, RELEASE)
                && !NOT_TYPE_NAMES.contains(name);
    }

    /** Whether {@code name} may name a method, variable or record component (not a type). */
    static boolean isMemberName(String name) {
        return SourceVersion.isIdentifier(name) && !reserved(name);
    }

    /**
     * Whether a member name (method, variable, record component) must be escaped: a keyword or
     * literal of Java 17, {@code _}, or {@code yield}. Contextual words ({@code to}, {@code with},
     * {@code module}, {@code open}, {@code var}, {@code record}) are legal names and stay.
     */
    private static boolean reserved(String name) {
        return SourceVersion.isKeyword(name, RELEASE) || name.equals("yield");
    }

    private static String escape(String name) {
        if (name.isEmpty()) {
            return name;
        }
        if (!Character.isLetter(name.codePointAt(0)) && name.charAt(0) != '_') {
            return "_" + name;
        }
        return reserved(name) ? name + "_" : name;
    }

    /**
     * Splits at every character that is not a letter or digit, then at camel-case humps: {@code
     * userID} → user, ID; {@code HTTPServer} → HTTP, Server; digits stay with the letters before
     * them ({@code address2}).
     */
    static List<String> words(String raw) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int[] cps = raw.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            if (word.length() > 0 && Character.isUpperCase(c)) {
                int prev = cps[i - 1];
                boolean afterLower = Character.isLowerCase(prev) || Character.isDigit(prev);
                boolean acronymEnd =
                        Character.isUpperCase(prev) && i + 1 < cps.length && Character.isLowerCase(cps[i + 1]);
                if (afterLower || acronymEnd) {
                    flush(word, words);
                }
            }
            word.appendCodePoint(c);
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static String capitalize(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int first = lower.codePointAt(0);
        return new StringBuilder()
                .appendCodePoint(Character.toUpperCase(first))
                .append(lower.substring(Character.charCount(first)))
                .toString();
    }
}
