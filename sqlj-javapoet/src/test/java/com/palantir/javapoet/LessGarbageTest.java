package com.palantir.javapoet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/**
 * sqlj's change 6 (less garbage while code blocks are built and written): the same text as before
 * it. {@code demo-before-change-6.txt} is what main's JavaPoet (upstream 0.7.0 with changes 1-4)
 * renders for {@link #render}'s type: a builder built and then changed, cleared and reused,
 * statements, indexed and named arguments, static imports of a type written by {@code $T $L},
 * fields, a constructor, parameters with and without Javadoc, varargs, exceptions, an annotated
 * nested type, a type variable, and a string literal of every character up to U+01FF and more.
 */
class LessGarbageTest {

    @Test
    void rendersAsBefore() throws IOException {
        String before;
        try (InputStream in = LessGarbageTest.class.getResourceAsStream("demo-before-change-6.txt")) {
            before = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(before, render());
    }

    @Test
    void aBuiltBlockKeepsItsTextWhenItsBuilderChanges() {
        CodeBlock.Builder builder = CodeBlock.builder().add("a($S)", "x");
        CodeBlock first = builder.build();
        builder.add("$L", 1).addStatement("b()").indent().unindent();
        CodeBlock second = builder.build();
        builder.clear().add("c");
        CodeBlock third = builder.build();
        builder.add(first);
        assertEquals("a(\"x\")", first.toString());
        assertEquals("a(\"x\")1b();\n", second.toString());
        assertEquals("c", third.toString());
        assertEquals("ca(\"x\")", builder.build().toString());
    }

    @Test
    void everyCharacterIsEscapedAsBefore() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String s = "a" + (char) c + "b" + (char) c;
            assertEquals(before(s, "  "), Util.stringLiteralWithDoubleQuotes(s, "  "), () -> "U+" + Integer.toHexString(s.charAt(1)));
        }
    }

    /** {@code Util.stringLiteralWithDoubleQuotes} before change 6. */
    private static String before(String value, String indent) {
        StringBuilder result = new StringBuilder(value.length() + 2);
        result.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'') {
                result.append("'");
                continue;
            }
            if (c == '\"') {
                result.append("\\\"");
                continue;
            }
            result.append(Util.characterLiteralWithoutSingleQuotes(c));
            if (c == '\n' && i + 1 < value.length()) {
                result.append("\"\n").append(indent).append(indent).append("+ \"");
            }
        }
        result.append('"');
        return result.toString();
    }

    static String render() {
        ClassName list = ClassName.get("java.util", "List");
        ClassName objects = ClassName.get("java.util", "Objects");
        ClassName conn = ClassName.get("java.sql", "Connection");
        ClassName sqlException = ClassName.get("java.sql", "SQLException");
        ClassName entry = ClassName.get("java.util", "Map", "Entry");
        ClassName nullable = ClassName.get("org.jspecify.annotations", "Nullable");
        CodeBlock.Builder reused = CodeBlock.builder().add("$T.a()", objects);
        CodeBlock first = reused.build();
        reused.add(" + $S", "more").addStatement("$1T.b($1T.c())", objects).indent().unindent();
        CodeBlock second = reused.build();
        reused.clear().add("$L", first);
        CodeBlock third = reused.build();
        StringBuilder sql = new StringBuilder();
        for (char c = 0; c < 0x200; c++) {
            sql.append(c);
        }
        sql.append("\u2028\u2029\uFFFF\uD800\uDC00 '\"\\ end");
        TypeSpec type = TypeSpec.classBuilder("Demo")
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(FieldSpec.builder(String.class, "SQL", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$S", sql.toString())
                        .build())
                .addField(FieldSpec.builder(objects, "o").addJavadoc("A field.\n").build())
                .addField(FieldSpec.builder(entry.annotated(AnnotationSpec.builder(nullable).build()), "e").build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(conn, "connection")
                        .addStatement("this.o = $T.requireNonNull(connection, $S)", objects, "connection")
                        .build())
                .addMethod(MethodSpec.methodBuilder("run")
                        .addJavadoc("Runs.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ParameterizedTypeName.get(list, ClassName.get(Integer.class)))
                        .addParameter(ParameterizedTypeName.get(list, entry), "rows")
                        .addParameter(ParameterSpec.builder(int.class, "n").addJavadoc("how many").build())
                        .addParameter(String[].class, "names")
                        .varargs(true)
                        .addException(sqlException)
                        .addException(IllegalStateException.class)
                        .addStatement("$T.requireNonNull(rows)", objects)
                        .addStatement("$L", first)
                        .addCode("$L\n", second)
                        .addStatement("$L", third)
                        .beginControlFlow("if ($N > $L)", "n", 3)
                        .addStatement("throw new $T($S)", IllegalStateException.class, "n")
                        .endControlFlow()
                        .addCode(CodeBlock.builder().addNamed("$obj:T.hash($count:L);\n", java.util.Map.of("obj", objects, "count", 7)).build())
                        .addStatement("return $T.of(1, 2)", list)
                        .build())
                .addMethod(MethodSpec.methodBuilder("none")
                        .addTypeVariable(TypeVariableName.get("T"))
                        .addParameter(TypeVariableName.get("T"), "t")
                        .addStatement("$T.requireNonNull(t)", objects)
                        .build())
                .build();
        return JavaFile.builder("com.example", type)
                .addStaticImport(objects, "hash", "requireNonNull")
                .skipJavaLangImports(true)
                .indent("    ")
                .build()
                .toString();
    }

}
