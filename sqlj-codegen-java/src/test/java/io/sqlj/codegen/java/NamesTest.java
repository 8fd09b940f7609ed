package io.sqlj.codegen.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "GetAuthor|getAuthor",
                "get_author|getAuthor",
                "get-author|getAuthor",
                "get author|getAuthor",
                "getAuthor|getAuthor",
                "GET_AUTHOR|getAuthor",
                "userID|userId",
                "HTTPServer|httpServer",
                "address2|address2",
                "count(*)|count",
                "author.name|authorName",
                "class|class_",
                "int|int_",
                "record|record",
                "var|var",
                "to|to",
                "with|with",
                "open|open",
                "module|module",
                "yield|yield_",
                "goto|goto_",
                "true|true_",
                "_|''",
                "1st_place|_1stPlace",
                "42|_42",
                "'  '|''",
                "prénom|prénom",
                "a$b|aB"
            })
    void lowerCamel(String raw, String expected) {
        assertEquals(expected, Names.lowerCamel(raw));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "order_status|OrderStatus", "GetAuthor|GetAuthor", "get-author|GetAuthor",
                "userID|UserId", "9lives|_9lives", "public.mood|PublicMood"
            })
    void upperCamel(String raw, String expected) {
        assertEquals(expected, Names.upperCamel(raw));
    }

    @Test
    void upperSnake() {
        assertEquals("GET_AUTHOR", Names.upperSnake("GetAuthor"));
        assertEquals("LIST_HTTP_LOGS", Names.upperSnake("listHTTPLogs"));
    }

    @Test
    void membersNeverTakeObjectMethodNames() {
        assertEquals("toString_", Names.member("to_string"));
        assertEquals("hashCode_", Names.member("HashCode"));
        assertEquals("getClass_", Names.member("get_class"));
        assertEquals("names", Names.member("names"));
    }

    @Test
    void uniqueAddsNumericSuffixes() {
        Set<String> used = new HashSet<>();
        assertEquals(
                List.of("id", "id2", "id3", "name"),
                List.of(
                        Names.unique("id", used),
                        Names.unique("id", used),
                        Names.unique("id", used),
                        Names.unique("name", used)));
    }

    @Test
    void derivedNamesNeverStartWithUnderscoreAndALetter() {
        // The generated code's own locals (_ps, _rs, _index...) rely on this.
        for (String raw : List.of("_ps", "__rs", "_index", "_1", "_a_b", "$x", "_")) {
            String name = Names.lowerCamel(raw);
            assertFalse(
                    name.length() > 1 && name.charAt(0) == '_' && Character.isLetter(name.charAt(1)),
                    raw + " -> " + name);
        }
    }

    @Test
    void identifiers() {
        assertTrue(Names.isIdentifier("Queries"));
        assertFalse(Names.isIdentifier("class"));
        assertFalse(Names.isIdentifier("9a"));
        assertFalse(Names.isIdentifier("a-b"));
        assertFalse(Names.isIdentifier(""));
        assertFalse(Names.isIdentifier("a.b"));
        assertFalse(Names.isIdentifier("record"), "not a type name");
        assertTrue(Names.isIdentifier("to"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // sqlc's singulars (jinzhu/inflection): the whole name, so only its end changes.
                "authors|authors",
                "statuses|status",
                "order_statuses|order_status",
                "buses|bus",
                "analyses|analysis",
                "people|person",
                "People|Person",
                "categories|category",
                "boxes|box",
                "addresses|address",
                "news|news",
                "status|status",
                "users|user",
                "sheep|sheep",
                "children|child",
                "series|series",
                "movies|movie",
                "wolves|wolf",
                "knives|knife",
                "mice|mouse",
                "quizzes|quiz",
                "campus|campus",
                "meta|meta",
                "data|datum",
                "AUTHORS|AUTHOR",
                "order_lines|order_line",
                "databases|database",
                "indices|index",
                "matrices|matrix",
                "aliases|alias",
                "crises|crisis",
                "men|man",
                "women|woman"
            })
    void singularAsSqlcMakesIt(String table, String expected) {
        if (!table.equals("authors")) {
            assertEquals(expected, Inflection.singular(table, Set.of()));
        } else {
            assertEquals("author", Inflection.singular(table, Set.of()));
            assertEquals("authors", Inflection.singular("Authors".toLowerCase(), Set.of("authors")));
        }
    }
}
