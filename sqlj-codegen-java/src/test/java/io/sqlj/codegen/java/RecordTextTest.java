package io.sqlj.codegen.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link RecordText} writes a record file character for character as JavaPoet writes {@link
 * RecordSpec#toTypeSpec}: thousands of records made at random (fixed seed) over the names, types,
 * nullness, Javadoc text, comments, qualified names and component counts generated code can have
 * and some it cannot, each written both ways and compared whole.
 */
class RecordTextTest {

    private static final String HEADER = JavaGenerator.HEADER;

    /** Packages of the generated files; "" is the default package. */
    private static final String[] PACKAGES = {"com.example.db", "bench.synth.b0", "p", "java.lang", "java.util", ""};

    /** Names for records, components and classes: clashing with the JDK, long, Unicode, with '$'. */
    private static final String[] NAMES = {
        "Row",
        "GetAuthorRow",
        "String",
        "List",
        "Long",
        "Nullable",
        "NullMarked",
        "Map",
        "Entry",
        "Inner",
        "Object",
        "Foo",
        "Author",
        "Größe",
        "名前",
        "\uD835\uDCB3Row",
        "a$b",
        "$",
        "_x",
        "ListAuthorsByNameAndCreationDateAndAVeryLongDescriptionRow",
        "ThisNameIsLongEnoughThatOneComponentWithItFillsMostOfALineOfOneHundredColumnsXxxxxxxxxxxx",
    };

    /** Text for Javadoc and comments: comment ends, format characters, escapes, every line break. */
    private static final String[] TEXT = {
        "A row returned by {@code ListQ395}.",
        "*/",
        "*&#47;",
        "$",
        "$L",
        "$$",
        "\\",
        "\\u000a",
        "@param x",
        "&#64;",
        "é",
        "名前",
        "\uD835\uDCB3",
        "\uD800",
        " ",
        "  ",
        "\n",
        "\r\n",
        "\r",
        "\u000b",
        "\f",
        "\u0085",
        "\u2028",
        "\u2029",
        "\t",
        "word",
        "a longer piece of text that goes on and on past any column limit that JavaPoet might apply to it",
    };

    @Test
    void writesWhatJavaPoetWrites() {
        Random random = new Random(26);
        int fast = 0;
        int total = 0;
        for (int n = 0; n < 6_000; n++) {
            String packageName = pick(random, PACKAGES);
            Case c = randomCase(random, packageName);
            total++;
            if (compare(packageName, c.spec, c.comment, c.qualifyAll)) {
                fast++;
            }
            // as JavaGenerator does: first with no names qualified, then with those that clash
            compare(packageName, c.spec, c.comment, new String[0]);
        }
        // RecordText leaves only the types it does not write (wildcards, generic nested, annotated) to JavaPoet
        assertTrue(fast > total * 7 / 10, fast + " of " + total + " written without JavaPoet");
    }

    /** Records of one line that end just before, at and just after column 100, with 0 to 3 components. */
    @Test
    void wrapsAtColumnOneHundredAsJavaPoetDoes() {
        for (String packageName : new String[] {"com.example.db", ""}) {
            for (int components = 0; components <= 3; components++) {
                for (int length = 1; length <= 110; length++) {
                    for (int last = 1; last <= 12; last++) {
                        List<RecordSpec.Component> list = new ArrayList<>();
                        for (int i = 0; i < components; i++) {
                            String name = i == components - 1 ? "z".repeat(last) : "c" + i;
                            list.add(new RecordSpec.Component(
                                    i % 2 == 0 ? TypeName.LONG : ClassName.get(String.class), i == 1, name));
                        }
                        RecordSpec spec = new RecordSpec(
                                ClassName.get(packageName, "R" + "x".repeat(length)), length % 2 == 0, "Doc.\n", list);
                        assertTrue(compare(packageName, spec, HEADER, new String[0]));
                    }
                }
            }
        }
    }

    @Test
    void leavesToJavaPoetWhatItDoesNotWrite() {
        ClassName list = ClassName.get("java.util", "List");
        ClassName entry = ClassName.get("java.util", "Map", "Entry");
        TypeName[] others = {
            ParameterizedTypeName.get(list, WildcardTypeName.subtypeOf(Object.class)),
            ParameterizedTypeName.get(entry, ClassName.get(String.class), ClassName.get(Long.class)),
            ClassName.get(String.class)
                    .annotated(com.palantir.javapoet.AnnotationSpec.builder(Nullness.NULLABLE)
                            .build()),
            ClassName.get("com.example", "Line\u2028Break"),
        };
        for (TypeName type : others) {
            RecordSpec spec = new RecordSpec(
                    ClassName.get("com.example.db", "R"),
                    false,
                    "Doc.\n",
                    List.of(new RecordSpec.Component(type, false, "x")));
            assertNull(RecordText.render("com.example.db", spec, HEADER), type::toString);
        }
        RecordSpec lineBreak = new RecordSpec(
                ClassName.get("com.example.db", "R"),
                false,
                "Doc.\n",
                List.of(new RecordSpec.Component(TypeName.INT, false, "a\u0085b")));
        assertNull(RecordText.render("com.example.db", lineBreak, HEADER));
    }

    /** A row record as the 1,000-query benchmark has them, written without JavaPoet. */
    @Test
    void writesTheCommonRecord() {
        RecordSpec spec = new RecordSpec(
                ClassName.get("bench.synth.b0", "ListQ395Row"),
                false,
                "A row returned by {@code ListQ395}.\n",
                List.of(
                        new RecordSpec.Component(TypeName.LONG, false, "id"),
                        new RecordSpec.Component(ClassName.get(String.class), false, "name"),
                        new RecordSpec.Component(TypeName.LONG, false, "amount")));
        String text = RecordText.render("bench.synth.b0", spec, HEADER + "\nsource: queries/q0015.sql");
        assertEquals("""
                // Code generated by sqlj. DO NOT EDIT.
                // source: queries/q0015.sql
                package bench.synth.b0;

                /**
                 * A row returned by {@code ListQ395}.
                 */
                public record ListQ395Row(long id, String name, long amount) {
                }
                """, text);
    }

    private record Case(RecordSpec spec, String comment, String[] qualifyAll) {}

    private static Case randomCase(Random random, String packageName) {
        String recordName = pick(random, NAMES);
        Set<String> simpleNames = new LinkedHashSet<>();
        simpleNames.add(recordName);
        int count = random.nextInt(10) == 0 ? random.nextInt(41) : random.nextInt(8);
        List<RecordSpec.Component> components = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TypeName type = randomType(random, packageName, recordName, simpleNames, 0);
            boolean nullable = random.nextInt(3) == 0 && (!type.isPrimitive() || random.nextInt(10) == 0);
            String name = random.nextInt(4) == 0 ? pick(random, NAMES) : "c" + i;
            if (random.nextInt(8) == 0) {
                name = name + "x".repeat(random.nextInt(90));
            }
            components.add(new RecordSpec.Component(type, nullable, name));
        }
        StringBuilder javadoc = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            javadoc.append(pick(random, TEXT));
        }
        if (random.nextBoolean()) {
            javadoc.append('\n');
        }
        StringBuilder comment = new StringBuilder(HEADER);
        for (int i = random.nextInt(3); i > 0; i--) {
            comment.append("\nsource: ");
            for (int k = random.nextInt(4); k > 0; k--) {
                comment.append(pick(random, TEXT));
            }
        }
        simpleNames.add("Nullable");
        simpleNames.add("NullMarked");
        List<String> qualify = new ArrayList<>();
        for (String name : simpleNames) {
            if (random.nextInt(3) == 0) {
                qualify.add(name);
            }
        }
        RecordSpec spec = new RecordSpec(
                ClassName.get(packageName, recordName), random.nextInt(3) == 0, javadoc.toString(), components);
        return new Case(spec, comment.toString(), qualify.toArray(String[]::new));
    }

    private static TypeName randomType(
            Random random, String packageName, String recordName, Set<String> simpleNames, int depth) {
        int kind = random.nextInt(depth > 1 ? 12 : 17);
        TypeName type = switch (kind) {
            case 0 ->
                pick(random, new TypeName[] {
                    TypeName.BOOLEAN,
                    TypeName.BYTE,
                    TypeName.SHORT,
                    TypeName.INT,
                    TypeName.LONG,
                    TypeName.CHAR,
                    TypeName.FLOAT,
                    TypeName.DOUBLE
                });
            case 1, 2 ->
                pick(random, new TypeName[] {
                    ClassName.get(String.class),
                    ClassName.get(Long.class),
                    ClassName.get(Integer.class),
                    ClassName.get(Object.class)
                });
            case 3 ->
                pick(random, new TypeName[] {
                    ClassName.get(java.math.BigDecimal.class), ClassName.get(java.time.LocalDate.class),
                            ClassName.get(java.util.UUID.class),
                    ClassName.get(java.sql.Connection.class), ClassName.get("java.util", "List"),
                            ClassName.get("java.util", "Map")
                });
            case 4 -> ClassName.get(packageName, pick(random, NAMES)); // a generated type of this package
            case 5 -> ClassName.get(packageName, recordName); // the record itself
            case 6 ->
                ClassName.get(
                        pick(random, new String[] {
                            "com.other", "org.x", "java.lang", "java.util", "org.jspecify.annotations"
                        }),
                        pick(random, NAMES));
            case 7 ->
                ClassName.get(
                        pick(random, new String[] {"com.other", "java.util", "java.lang", packageName}),
                        pick(random, NAMES),
                        pick(random, NAMES));
            case 8 -> ClassName.get("com.other", "Outer", "Middle", pick(random, NAMES));
            case 9 -> Nullness.NULLABLE;
            case 10 -> ClassName.get("com.other.Nested" + random.nextInt(3), "Deep" + random.nextInt(3));
            case 11 -> ClassName.get("", pick(random, NAMES)); // the default package
            case 12, 13 ->
                ArrayTypeName.of(
                        random.nextBoolean()
                                ? TypeName.BYTE
                                : randomType(random, packageName, recordName, simpleNames, depth + 1));
            case 14, 15 -> {
                ClassName raw = pick(random, new ClassName[] {
                    ClassName.get("java.util", "List"),
                    ClassName.get("java.util", "Map"),
                    ClassName.get("com.other", "List"),
                    ClassName.get(packageName, pick(random, NAMES))
                });
                int arguments = 1 + random.nextInt(2);
                TypeName[] args = new TypeName[arguments];
                for (int i = 0; i < arguments; i++) {
                    args[i] = randomType(random, packageName, recordName, simpleNames, depth + 1)
                            .box();
                }
                yield ParameterizedTypeName.get(raw, args);
            }
            default ->
                random.nextInt(4) == 0
                        ? ParameterizedTypeName.get(
                                ClassName.get("java.util", "List"), WildcardTypeName.subtypeOf(Object.class))
                        : ParameterizedTypeName.get(
                                ClassName.get("java.util", "Map", "Entry"),
                                ClassName.get(String.class),
                                ClassName.get(Long.class));
        };
        collectNames(type, simpleNames);
        return type;
    }

    private static void collectNames(TypeName type, Set<String> names) {
        if (type instanceof ClassName c) {
            for (ClassName k = c; k != null; k = k.enclosingClassName()) {
                names.add(k.simpleName());
            }
        } else if (type instanceof ArrayTypeName a) {
            collectNames(a.componentType(), names);
        } else if (type instanceof ParameterizedTypeName p) {
            collectNames(p.rawType(), names);
            p.typeArguments().forEach(t -> collectNames(t, names));
        }
    }

    /**
     * Writes {@code spec} both ways and compares; returns whether {@link RecordText} wrote it (it
     * may leave a record to JavaPoet only when {@link RecordText#writable} says so).
     */
    private static boolean compare(String packageName, RecordSpec spec, String comment, String[] qualify) {
        String expected = JavaGenerator.render(packageName, spec.toTypeSpec(qualify), comment);
        @Nullable String actual = RecordText.render(packageName, spec, comment, qualify);
        if (actual == null) {
            assertTrue(!RecordText.writable(spec), expected);
            return false;
        }
        assertNotNull(actual);
        assertEquals(expected, actual, () -> "qualify " + List.of(qualify) + "\n" + expected);
        return true;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
