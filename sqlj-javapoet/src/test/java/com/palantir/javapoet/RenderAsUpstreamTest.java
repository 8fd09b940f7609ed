package com.palantir.javapoet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/**
 * sqlj's changes to JavaPoet render a file exactly as upstream 0.7.0 does: the expected text below
 * is what com.palantir.javapoet:javapoet:0.7.0 renders for this type (imports chosen by the first
 * pass, a clashing simple name qualified, line breaks of every kind in Javadoc, literals, statements
 * and comments).
 */
class RenderAsUpstreamTest {

    @Test
    void rendersAsUpstream() {
        ClassName list = ClassName.get("java.util", "List");
        ClassName otherList = ClassName.get("com.example.other", "List");
        ClassName conn = ClassName.get("java.sql", "Connection");
        TypeSpec type = TypeSpec.classBuilder("Demo")
                .addJavadoc("Uses {@link $T}.\nSecond line\r\nthird\n", conn)
                .addField(FieldSpec.builder(String.class, "SQL", Modifier.STATIC, Modifier.FINAL)
                        .initializer("$S", "SELECT 1\nFROM t\u2028x")
                        .build())
                .addMethod(MethodSpec.methodBuilder("run")
                        .addParameter(ParameterizedTypeName.get(list, otherList), "rows")
                        .addStatement(
                                "$T x = $T.of(\n1,\n2)", ParameterizedTypeName.get(list, ClassName.get(Integer.class)), list)
                        .addComment("a comment\nover two lines")
                        .build())
                .build();
        String upstream = "package com.example;\n"
                + "\n"
                + "import java.sql.Connection;\n"
                + "import java.util.List;\n"
                + "\n"
                + "/**\n"
                + " * Uses {@link Connection}.\n"
                + " * Second line\n"
                + " * third\n"
                + " */\n"
                + "class Demo {\n"
                + "    static final String SQL = \"SELECT 1\\n\"\n"
                + "            + \"FROM t\n"
                + "    x\";\n"
                + "\n"
                + "    void run(List<com.example.other.List> rows) {\n"
                + "        List<Integer> x = List.of(\n"
                + "                1,\n"
                + "                2);\n"
                + "        // a comment\n"
                + "        over two lines\n"
                + "    }\n"
                + "}\n";
        assertEquals(
                upstream,
                JavaFile.builder("com.example", type)
                        .skipJavaLangImports(true)
                        .indent("    ")
                        .build()
                        .toString());
    }
}
