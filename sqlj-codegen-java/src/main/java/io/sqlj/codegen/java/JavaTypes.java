package io.sqlj.codegen.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses a Java type as users write it in {@code overrides}: a primitive ({@code long}), a
 * qualified class ({@code com.acme.Email}, {@code java.util.Map.Entry} for a nested one when the
 * outer class is capitalized), arrays ({@code byte[]}) and type arguments
 * ({@code java.util.List<java.lang.String>}).
 */
final class JavaTypes {

    private static final Map<String, TypeName> PRIMITIVES = Map.of(
            "boolean",
            TypeName.BOOLEAN,
            "byte",
            TypeName.BYTE,
            "short",
            TypeName.SHORT,
            "int",
            TypeName.INT,
            "long",
            TypeName.LONG,
            "char",
            TypeName.CHAR,
            "float",
            TypeName.FLOAT,
            "double",
            TypeName.DOUBLE);

    private final String text;
    private int at;

    private JavaTypes(String text) {
        this.text = text;
    }

    /** The type, or empty when {@code text} is not one. */
    static Optional<TypeName> parse(String text) {
        JavaTypes parser = new JavaTypes(text.strip());
        try {
            TypeName type = parser.type();
            return parser.at == parser.text.length() ? Optional.of(type) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private TypeName type() {
        String name = qualifiedName();
        TypeName type;
        if (PRIMITIVES.containsKey(name)) {
            type = PRIMITIVES.get(name);
        } else {
            ClassName raw = className(name);
            if (peek('<')) {
                at++;
                List<TypeName> arguments = new ArrayList<>();
                do {
                    skipSpaces();
                    arguments.add(type().box());
                    skipSpaces();
                } while (peek(',') && at++ >= 0);
                expect('>');
                type = ParameterizedTypeName.get(raw, arguments.toArray(TypeName[]::new));
            } else {
                type = raw;
            }
        }
        skipSpaces();
        while (peek('[')) {
            at++;
            skipSpaces();
            expect(']');
            skipSpaces();
            type = ArrayTypeName.of(type);
        }
        return type;
    }

    private String qualifiedName() {
        skipSpaces();
        int start = at;
        while (at < text.length() && (Character.isJavaIdentifierPart(text.charAt(at)) || text.charAt(at) == '.')) {
            at++;
        }
        String name = text.substring(start, at);
        skipSpaces();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("no name at " + start);
        }
        return name;
    }

    /** Lowercase parts are the package; the first capitalized part and the rest are classes. */
    private static ClassName className(String name) {
        String[] parts = name.split("\\.", -1);
        int first = 0;
        while (first < parts.length - 1 && !parts[first].isEmpty() && !Character.isUpperCase(parts[first].charAt(0))) {
            first++;
        }
        for (String part : parts) {
            if (!Names.isIdentifier(part)) {
                throw new IllegalArgumentException("not a name: " + part);
            }
        }
        if (first == 0) {
            throw new IllegalArgumentException("not qualified: " + name);
        }
        String packageName = String.join(".", List.of(parts).subList(0, first));
        String[] nested = List.of(parts).subList(first + 1, parts.length).toArray(String[]::new);
        return ClassName.get(packageName, parts[first], nested);
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw new IllegalArgumentException("expected " + c + " at " + at);
        }
        at++;
    }

    private void skipSpaces() {
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
    }
}
