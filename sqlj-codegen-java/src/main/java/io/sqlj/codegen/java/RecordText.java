package io.sqlj.codegen.java;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes a record file ({@link RecordSpec}) as plain text, character for character as JavaPoet
 * writes {@link RecordSpec#toTypeSpec} in a {@code JavaFile} with sqlj's settings (four-space
 * indent, no {@code java.lang} imports), without running JavaPoet: most files of a run are such
 * records, and in a fresh JVM rendering them through JavaPoet is mostly compiling JavaPoet
 * (docs/performance.md §1u). {@code RecordTextTest} compares the two on thousands of records.
 *
 * <p>What it reproduces of JavaPoet ({@code JavaFile}, {@code CodeWriter}, {@code LineWrapper}):
 *
 * <ul>
 *   <li>two passes: the first looks up every type name only to learn the imports (a type of another
 *       package is importable unless its simple name is to be qualified; on a simple-name collision
 *       the first one looked up wins; a name of this package or of the record itself is not
 *       imported), the second writes the text with them;
 *   <li>the name of a type: the shortest suffix of its canonical name that resolves to it (the
 *       record's own name, then the imports), else its canonical name; a type of this package by
 *       its simple names;
 *   <li>comment and Javadoc lines: every line break {@code \R} matches ends a line; a blank line
 *       gets {@code " *"} or {@code "//"}, a line with text {@code " * "} or {@code "// "};
 *   <li>the components wrap at column 100: after {@code (} and after each {@code ,} JavaPoet may
 *       break the line; a component (with its {@code ,}, or for the last one with {@code ) {}) that
 *       would end past column 100 starts a new line indented by eight spaces.
 * </ul>
 *
 * <p>A record it does not know how to write returns {@code null}, decided before any text is made,
 * and the caller has JavaPoet write it: a type other than a primitive, a class, an array or a
 * parameterized type of a top-level class, any type already annotated, or a name holding a line
 * break.
 */
final class RecordText {

    private RecordText() {}

    /** JavaPoet's column limit. */
    private static final int COLUMN_LIMIT = 100;

    /** The indent of a wrapped component: JavaPoet's two levels of the four-space indent. */
    private static final String WRAP = "\n        ";

    private static final String[] NONE = {};

    /**
     * The file's text, or {@code null} when JavaPoet must write it.
     *
     * @param comment the file comment ({@code // } before each line)
     * @param qualify simple names whose types of other packages are written qualified (JavaPoet's
     *     {@code alwaysQualify})
     */
    static @Nullable String render(String packageName, RecordSpec spec, CharSequence comment, String... qualify) {
        if (!writable(spec)) {
            return null;
        }
        Names names = new Names(packageName, spec.name().simpleName(), qualify);
        List<String> components = new ArrayList<>(spec.components().size());
        header(spec, names, components); // the first pass: only the imports count
        names.importSuggested();
        components.clear();
        String nullMarked = header(spec, names, components);

        Out out = new Out(256 + 64 * components.size());
        out.trailingNewline = true;
        out.comment = true;
        out.emit(comment.toString());
        out.emit("\n");
        out.comment = false;
        if (!packageName.isEmpty()) {
            out.emit("package ");
            out.emit(packageName);
            out.emit(";\n");
            out.emit("\n");
        }
        List<String> imports = names.importLines();
        for (String canonical : imports) {
            out.emit("import ");
            out.emit(canonical);
            out.emit(";\n");
        }
        if (!imports.isEmpty()) {
            out.emit("\n");
        }
        out.emit("/**\n");
        out.javadoc = true;
        out.emit(spec.javadoc());
        if (out.lastChar() != '\n') {
            out.emit("\n");
        }
        out.javadoc = false;
        out.emit(" */\n");
        if (nullMarked != null) {
            out.emit("@");
            out.emit(nullMarked);
            out.emit("\n");
        }
        out.emit("public record ");
        out.emit(spec.name().simpleName());
        out.emit("(");
        out.components(components);
        out.emit(" {\n");
        out.emit("}");
        out.emit("\n");
        return out.text.toString();
    }

    /**
     * Looks up the names of the record's types in JavaPoet's order ({@code @NullMarked}, then each
     * component's type, a type before its annotation): adds the text of each component to {@code
     * components} and returns the name {@code @NullMarked} is written with, or {@code null} without it.
     */
    private static @Nullable String header(RecordSpec spec, Names names, List<String> components) {
        String nullMarked = spec.nullMarked() ? names.lookup(Nullness.NULL_MARKED) : null;
        for (RecordSpec.Component component : spec.components()) {
            StringBuilder text = new StringBuilder(48);
            type(text, component.type(), component.nullable(), names);
            components.add(text.append(' ').append(component.name()).toString());
        }
        return nullMarked;
    }

    /** Appends {@code type} as JavaPoet's {@code TypeName.emit} writes it, {@code @Nullable} if asked. */
    private static void type(StringBuilder text, TypeName type, boolean nullable, Names names) {
        if (type instanceof ClassName name) {
            className(text, name, nullable, names);
        } else if (type instanceof ArrayTypeName array) {
            TypeName leaf = array.componentType();
            int dims = 1;
            while (leaf instanceof ArrayTypeName inner) {
                leaf = inner.componentType();
                dims++;
            }
            type(text, leaf, false, names);
            if (nullable) {
                text.append(" @").append(names.lookup(Nullness.NULLABLE)).append(' ');
            }
            text.append("[]".repeat(dims));
        } else if (type instanceof ParameterizedTypeName parameterized) {
            className(text, parameterized.rawType(), nullable, names);
            text.append('<');
            boolean first = true;
            for (TypeName argument : parameterized.typeArguments()) {
                if (!first) {
                    text.append(", ");
                }
                type(text, argument, false, names);
                first = false;
            }
            text.append('>');
        } else {
            if (nullable) {
                text.append('@').append(names.lookup(Nullness.NULLABLE)).append(' ');
            }
            text.append(keyword(type));
        }
    }

    /**
     * {@code ClassName.emit}: the name {@link Names#lookup} gives; annotated, the annotation goes
     * before the last simple name, after a space when a qualifier precedes it ({@code java.util.
     * @Nullable List}).
     */
    private static void className(StringBuilder text, ClassName name, boolean nullable, Names names) {
        String written = names.lookup(name);
        if (!nullable) {
            text.append(written);
            return;
        }
        int dot = written.lastIndexOf('.');
        if (dot >= 0) {
            text.append(written, 0, dot + 1).append(' ');
        }
        text.append('@').append(names.lookup(Nullness.NULLABLE)).append(' ');
        text.append(written, dot + 1, written.length());
    }

    /** A primitive's keyword; {@code null} for any other type ({@link #writable} asks first). */
    private static @Nullable String keyword(TypeName type) {
        if (type == TypeName.BOOLEAN) {
            return "boolean";
        } else if (type == TypeName.BYTE) {
            return "byte";
        } else if (type == TypeName.SHORT) {
            return "short";
        } else if (type == TypeName.INT) {
            return "int";
        } else if (type == TypeName.LONG) {
            return "long";
        } else if (type == TypeName.CHAR) {
            return "char";
        } else if (type == TypeName.FLOAT) {
            return "float";
        } else if (type == TypeName.DOUBLE) {
            return "double";
        }
        return null;
    }

    /** Whether {@link #render} writes {@code spec} itself (see the class comment). */
    static boolean writable(RecordSpec spec) {
        if (spec.name().enclosingClassName() != null || hasLineBreak(spec.name().simpleName())) {
            return false;
        }
        for (RecordSpec.Component component : spec.components()) {
            if (hasLineBreak(component.name()) || !writable(component.type())) {
                return false;
            }
        }
        return true;
    }

    private static boolean writable(TypeName type) {
        if (type.isAnnotated()) {
            return false;
        }
        if (type instanceof ClassName name) {
            return writable(name);
        } else if (type instanceof ArrayTypeName array) {
            return writable(array.componentType());
        } else if (type instanceof ParameterizedTypeName parameterized) {
            // A top-level raw type: a generic type nested in a parameterized one (Outer<A>.Inner<B>,
            // which this class does not write) always has a nested raw type.
            if (parameterized.rawType().enclosingClassName() != null || !writable(parameterized.rawType())) {
                return false;
            }
            for (TypeName argument : parameterized.typeArguments()) {
                if (!writable(argument)) {
                    return false;
                }
            }
            return true;
        }
        return keyword(type) != null;
    }

    private static boolean writable(ClassName name) {
        for (ClassName c = name; c != null; c = c.enclosingClassName()) {
            if (c.isAnnotated() || hasLineBreak(c.simpleName())) {
                return false;
            }
        }
        return !hasLineBreak(name.packageName());
    }

    private static boolean hasLineBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isLineBreak(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The characters the regular expression {@code \R} matches (JavaPoet ends a line at each). */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000b' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * JavaPoet's {@code CodeWriter.lookupName} and import collection, for a file whose only type is
     * the record (no nested types, no type variables).
     */
    private static final class Names {
        private final String packageName;
        private final String record;
        private final String recordCanonical;
        private final String[] qualify;
        /** The imports of the second pass (none in the first): simple name → type. */
        private Map<String, ClassName> imported = Map.of();
        /** Top-level simple name → the first type of another package looked up with it. */
        private final Map<String, ClassName> importable = new LinkedHashMap<>();
        /** Simple names of this package's top-level types looked up. */
        private final Set<String> referenced = new HashSet<>();

        Names(String packageName, String record, String[] qualify) {
            this.packageName = packageName;
            this.record = record;
            this.recordCanonical = packageName.isEmpty() ? record : packageName + "." + record;
            this.qualify = qualify == null ? NONE : qualify;
        }

        /** The name {@code name} is written with. */
        String lookup(ClassName name) {
            boolean resolvedToOther = false;
            for (ClassName c = name; c != null; c = c.enclosingClassName()) {
                String resolved = resolve(c.simpleName());
                resolvedToOther = resolved != null;
                if (resolved != null && resolved.equals(c.canonicalName())) {
                    if (c == name) {
                        return name.simpleName();
                    }
                    List<String> simpleNames = name.simpleNames();
                    int from = c.simpleNames().size() - 1;
                    return String.join(".", simpleNames.subList(from, simpleNames.size()));
                }
            }
            if (resolvedToOther) {
                return name.canonicalName();
            }
            ClassName top = name.topLevelClassName();
            if (packageName.equals(name.packageName())) {
                referenced.add(top.simpleName());
                return name.enclosingClassName() == null ? name.simpleName() : String.join(".", name.simpleNames());
            }
            if (!name.packageName().isEmpty() && !qualified(name.simpleName())) {
                importable.putIfAbsent(top.simpleName(), top);
            }
            return name.canonicalName();
        }

        private @Nullable String resolve(String simpleName) {
            if (simpleName.equals(record)) {
                return recordCanonical;
            }
            ClassName type = imported.get(simpleName);
            return type == null ? null : type.canonicalName();
        }

        private boolean qualified(String simpleName) {
            for (String name : qualify) {
                if (name.equals(simpleName)) {
                    return true;
                }
            }
            return false;
        }

        /** Ends the first pass: the types looked up become the imports (JavaPoet's {@code suggestedImports}). */
        void importSuggested() {
            Map<String, ClassName> suggested = new LinkedHashMap<>(importable);
            suggested.keySet().removeAll(referenced);
            imported = suggested;
            importable.clear();
            referenced.clear();
        }

        /** The canonical names to write an import for, sorted, without {@code java.lang}'s. */
        List<String> importLines() {
            List<String> lines = new ArrayList<>(imported.size());
            for (ClassName type : imported.values()) {
                if (!type.packageName().equals("java.lang") || qualified(type.simpleName())) {
                    lines.add(type.canonicalName());
                }
            }
            lines.sort(null);
            return lines;
        }
    }

    /** JavaPoet's {@code CodeWriter.emitAndIndent} at indent level 0, over its {@code LineWrapper}. */
    private static final class Out {
        final StringBuilder text;
        boolean trailingNewline;
        boolean javadoc;
        boolean comment;
        /** Characters since the last line feed. */
        private int column;

        Out(int capacity) {
            this.text = new StringBuilder(capacity);
        }

        char lastChar() {
            return text.length() == 0 ? Character.MIN_VALUE : text.charAt(text.length() - 1);
        }

        void emit(String s) {
            int length = s.length();
            boolean first = true;
            for (int start = 0, end; start <= length; start = nextLine(s, end)) {
                end = lineEnd(s, start);
                if (!first) {
                    if ((javadoc || comment) && trailingNewline) {
                        append(javadoc ? " *" : "//");
                    }
                    text.append('\n');
                    column = 0;
                    trailingNewline = true;
                }
                first = false;
                if (start == end) {
                    continue;
                }
                if (trailingNewline) {
                    if (javadoc) {
                        append(" * ");
                    } else if (comment) {
                        append("// ");
                    }
                }
                text.append(s, start, end);
                column += end - start;
                trailingNewline = false;
            }
        }

        private void append(String s) {
            text.append(s);
            column += s.length();
        }

        /**
         * The components and the closing parenthesis, as {@code TypeSpec.emit} hands them to
         * {@code LineWrapper}: a zero-width break after {@code (}, a space break after each {@code
         * ,}. The text after a break up to the next one (a component and its {@code ,}; the last
         * with {@code ) {}) goes on the line when it ends at column 100 at the latest, else on a new
         * line; no other line break can come inside it.
         */
        void components(List<String> components) {
            int n = components.size();
            for (int i = 0; i == 0 || i < n; i++) {
                boolean last = i >= n - 1;
                String component = n == 0 ? "" : components.get(i);
                int separator = i == 0 ? 0 : 1;
                int length = component.length() + 1 + (last ? " {".length() : 0);
                if (column + separator + length > COLUMN_LIMIT) {
                    text.append(WRAP);
                    column = WRAP.length() - 1;
                } else if (separator == 1) {
                    append(" ");
                }
                append(component);
                append(last ? ")" : ",");
            }
            trailingNewline = false;
        }

        private static int lineEnd(String s, int start) {
            int end = start;
            while (end < s.length() && !isLineBreak(s.charAt(end))) {
                end++;
            }
            return end;
        }

        private static int nextLine(String s, int end) {
            if (end >= s.length()) {
                return s.length() + 1;
            }
            return s.charAt(end) == '\r' && end + 1 < s.length() && s.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        }
    }
}
