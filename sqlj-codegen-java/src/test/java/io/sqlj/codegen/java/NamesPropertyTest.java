package io.sqlj.codegen.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import javax.lang.model.SourceVersion;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The identifier sanitizer under random names: a valid Java identifier or "", never an exception. */
class NamesPropertyTest {

    @Property(tries = 1000)
    void everyNameBecomesAValidIdentifierOrNothing(@ForAll("names") String raw) {
        String type = Names.upperCamel(raw);
        assertTrue(
                type.isEmpty() || (SourceVersion.isName(type) && Names.isIdentifier(type)),
                () -> "\"" + raw + "\" became type \"" + type + "\"");
        for (String name : new String[] {Names.lowerCamel(raw), Names.upperSnake(raw), Names.member(raw)}) {
            assertTrue(
                    name.isEmpty() || (SourceVersion.isName(name) && Names.isMemberName(name)),
                    () -> "\"" + raw + "\" became \"" + name + "\"");
        }
    }

    @Property(tries = 1000)
    void uniqueNeverRepeats(@ForAll("names") String raw) {
        Set<String> used = new HashSet<>();
        String base = Names.lowerCamel(raw);
        for (int i = 0; i < 5; i++) {
            Names.unique(base, used);
        }
        assertEquals(5, used.size());
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(
                        "id",
                        "ID",
                        "user_id",
                        "userID",
                        "HTTPServer",
                        "class",
                        "_",
                        "__",
                        "2fa",
                        "true",
                        "null",
                        "getClass",
                        "hashCode",
                        "é",
                        "ß",
                        "İstanbul",
                        "ǅ",
                        "Ⅻ",
                        "٣",
                        "日本",
                        "a-b",
                        "a b",
                        "$",
                        "\u0000",
                        "\uD83D\uDE00",
                        "var",
                        "record",
                        "yield",
                        "sealed",
                        "permits",
                        "non-sealed",
                        "enum",
                        "_1"),
                Arbitraries.strings().ofMaxLength(6),
                Arbitraries.strings().withCharRange('\u0000', '\u2FFF').ofMaxLength(4));
        return piece.list().ofMaxSize(4).map(ps -> String.join("", ps));
    }
}
