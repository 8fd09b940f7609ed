package io.sqlj.codegen.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.core.Command;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.ResolvedQuery;
import io.sqlj.core.codegen.CodegenResult;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.Parameter;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Hostile text in every input that reaches generated source (the query file's path, query
 * names, comments and SQL, column and parameter names, data types, enum labels): the output
 * compiles with {@code -Xlint:all -Werror}, declares exactly what the same project with tame
 * text declares, keeps the SQL byte for byte, and holds none of the declarations the text tries
 * to smuggle in.
 */
class HostileTextPropertyTest {

    /** The attack of issue 12, item 1: a query file whose name ends the {@code // source:} comment. */
    static final String INJECTION =
            "x\\u000apackage com.example.db;class Pwned{static{pwned();}" + "static void pwned(){}}\\u002f\\u002a.sql";

    @Test
    void aFileNameCannotEndTheSourceComment() throws Exception {
        Map<String, String> files = generate(INJECTION);
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(files);
        assertTrue(compiled.succeeded(), () -> String.join("\n", compiled.diagnostics()) + "\n" + files);
        assertEquals(List.of(), smuggled(compiled), files.toString());
        String queries = files.get("com/example/db/Queries.java");
        assertTrue(queries.contains("// source: queries/x\\\\u000apackage com.example.db;"), queries);
    }

    /**
     * javac 17 reads an escaped backslash right after a Unicode escape as the start of another
     * escape: found by this property as a lone surrogate followed by backslash-u0022 (the SQL
     * constant became a quote) and, in a comment, it would have been a line break.
     */
    @Example
    void aBackslashAfterAnEscapeStaysText() throws Exception {
        // Built with (char) casts: a Unicode escape in this file would meet the same javac reading.
        hostileTextDeclaresNothing((char) 0xd800 + "\\u0022");
        hostileTextDeclaresNothing((char) 0x200b + "\\u000apackage pwned;");
        hostileTextDeclaresNothing(new String(Character.toChars(0x1f600)) + (char) 0x202e + "\\\\u002a/");
    }

    /** What the project declares with tame text; compiled once. */
    private static List<String> tameDeclarations;

    @Property(tries = 30)
    void hostileTextDeclaresNothing(@ForAll("hostile") String text) throws Exception {
        if (tameDeclarations == null) {
            tameDeclarations = declarations(InMemoryCompiler.compile(generate("x")));
        }
        Map<String, String> hostile = generate(text);
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(hostile);
        assertTrue(compiled.succeeded(), () -> String.join("\n", compiled.diagnostics()) + "\n" + hostile);
        assertEquals(List.of(), smuggled(compiled), hostile.toString());
        assertEquals(tameDeclarations, declarations(compiled), hostile.toString());
        List<String> constants = constants(compiled, "com.example.db.Queries");
        assertEquals(sql(text), constants.get(0), "the SQL constant");
    }

    /** One project with {@code t} in every place that reaches generated source. */
    private static Map<String, String> generate(String t) {
        ResolvedQuery list = Fixtures.query("list_" + t, Command.MANY, sql(t))
                .file("queries/" + t + ".sql")
                .comment(t)
                .comment("*/ " + t + " /*")
                .text("SELECT '" + t + "' -- " + t + "\n  */ " + t)
                .param(Parameter.newBuilder()
                        .setName("p_" + t)
                        .setDataType("INTEGER")
                        .setJdbcType("INTEGER")
                        .setPosition(1)
                        .build())
                .column(Column.newBuilder()
                        .setName("c_" + t)
                        .setDataType("TEXT " + t)
                        .setJdbcType("VARCHAR")
                        .setNullable(true)
                        .build())
                .column(Column.newBuilder()
                        .setName("k_" + t)
                        .setDataType("mood_" + t)
                        .setJdbcType("VARCHAR")
                        .addEnumLabels("a_" + t)
                        .addEnumLabels("b_" + t)
                        .build())
                .build();
        ResolvedQuery delete = Fixtures.query("delete_" + t, Command.EXEC, "DELETE FROM t")
                .file("queries/" + t + ".sql")
                .comment(t)
                .build();
        CodegenResult result = Fixtures.generate(List.of(list, delete));
        assertEquals(
                List.of(), result.diagnostics().stream().map(Diagnostic::format).toList());
        return result.files();
    }

    private static String sql(String text) {
        return "SELECT '" + text.replace("?", "").replace("'", "''") + "' FROM t WHERE id = ?";
    }

    /** Every class, method or field named {@code Pwned}/{@code pwned}, as the attack declares them. */
    private static List<String> smuggled(InMemoryCompiler.Result compiled) throws Exception {
        List<String> found = new ArrayList<>();
        ClassLoader loader = compiled.loader();
        for (String name : compiled.classes().keySet()) {
            Class<?> type = Class.forName(name, false, loader);
            if (type.getSimpleName().equals("Pwned")) {
                found.add(name);
            }
            Stream.of(type.getDeclaredMethods(), type.getDeclaredFields())
                    .flatMap(Stream::of)
                    .map(Member::getName)
                    .filter(m -> m.equals("pwned"))
                    .forEach(m -> found.add(name + "." + m));
        }
        return found;
    }

    /**
     * What each class declares, by kind and count: names differ between tame and hostile text, but
     * a smuggled class, method, field or initializer changes a count.
     */
    private static List<String> declarations(InMemoryCompiler.Result compiled) throws Exception {
        assertTrue(compiled.succeeded(), () -> String.join("\n", compiled.diagnostics()));
        ClassLoader loader = compiled.loader();
        List<String> shapes = new ArrayList<>();
        for (String name : compiled.classes().keySet()) {
            Class<?> type = Class.forName(name, false, loader);
            String kind =
                    type.isEnum() ? "enum" : type.isRecord() ? "record" : type.isInterface() ? "interface" : "class";
            shapes.add(kind + (type.isMemberClass() ? " member" : "") + " methods=" + type.getDeclaredMethods().length
                    + " fields=" + type.getDeclaredFields().length + " constructors="
                    + type.getDeclaredConstructors().length
                    + " nested=" + type.getDeclaredClasses().length);
        }
        shapes.sort(null);
        return shapes;
    }

    /** The values of the private static final String constants of a class, in declaration order. */
    private static List<String> constants(InMemoryCompiler.Result compiled, String className) throws Exception {
        Class<?> type = Class.forName(className, true, compiled.loader());
        List<String> values = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                field.setAccessible(true);
                values.add((String) field.get(null));
            }
        }
        return values;
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(
                        "\\u000a",
                        "\\u000d",
                        "\\u000A",
                        "\\uuu000a",
                        "\\u002a/",
                        "\\u002f\\u002a",
                        "\\\\u000a",
                        "\\\\\\u000a",
                        "\\u0022",
                        "\\u005c",
                        "\\u",
                        "\\uZZZZ",
                        "\\",
                        "*/",
                        "/*",
                        "/**",
                        "//",
                        "\n",
                        "\r",
                        "\r\n",
                        "\u2028",
                        "\u2029",
                        "\u0085",
                        "\u000b",
                        "\f",
                        "\u202e",
                        "\u2066",
                        "\u200b",
                        "\ufeff",
                        "\u0000",
                        "\u001b[2J",
                        "\u001b]0;title\u0007",
                        "\ud800",
                        "\udc00",
                        "\ud83d\ude00",
                        "\udb40\udc01",
                        "é",
                        "\"",
                        "'",
                        "`",
                        "$L",
                        "$S",
                        "$",
                        "%s",
                        "{@code",
                        "}",
                        "{",
                        "@Deprecated",
                        "<pre>",
                        "</pre>",
                        "&amp;",
                        " ",
                        "\t",
                        "class Pwned {}",
                        "void pwned() {}",
                        "static { pwned(); }",
                        "package pwned;",
                        "import pwned.*;",
                        "\";static{}//"),
                Arbitraries.strings().ofMaxLength(4),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(4));
        return piece.list().ofMinSize(1).ofMaxSize(6).map(ps -> String.join("", ps));
    }
}
