package io.sqlj.lsp;

import io.sqlj.codegen.java.JavaSignatures;
import io.sqlj.core.QueryDecl;
import io.sqlj.core.ResolvedQuery;
import io.sqlj.core.config.CodegenDef;
import io.sqlj.core.config.Suggestions;
import io.sqlj.engine.v1.Catalog;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.Parameter;
import io.sqlj.engine.v1.ParseResponse;
import io.sqlj.engine.v1.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.jspecify.annotations.Nullable;

/**
 * Hover, definition and code actions, answered from the blocks' last results (on the worker
 * thread, so the results do not change underneath).
 */
final class Features {

    private static final Pattern UNTYPED =
            Pattern.compile("cannot infer the type of parameter \\S+; write CAST\\((.+) AS TYPE\\)");
    private static final Pattern OVERRIDE =
            Pattern.compile("(?:add an override under options\\.overrides:|an override) \\{db_type: \"([^\"]+)\"");
    private static final Pattern NO_COLUMN = Pattern.compile(
            "(?:no such column: ([\\w.]+)|column \"([\\w.]+)\" does not exist|Unknown column '([\\w.]+)')");
    private static final Pattern DID_YOU_MEAN = Pattern.compile("did you mean \"([^\"]+)\"");

    private final Project project;

    Features(Project project) {
        this.project = project;
    }

    /** A query under the cursor, in one block. */
    private record Found(Project.BlockState block, QueryDecl decl, Optional<ParseResponse> response) {}

    // ---- hover ----

    /** What the cursor is on, or null when it is on nothing sqlj knows. */
    @Nullable
    Hover hover(Path file, Position position) {
        String content = Positions.line(project.textIfReadable(file).orElse(""), position.getLine());
        int[] word = Positions.wordAt(content, position.getCharacter());
        String text = content.substring(word[0], word[1]);
        Optional<Found> found = queryAt(file, position.getLine() + 1);
        if (found.isPresent()) {
            Found f = found.get();
            if (position.getLine() + 1 == f.decl.line()) {
                return markdown(methodHover(f));
            }
            Optional<String> param = paramHover(f, file, position, content, word);
            if (param.isPresent()) {
                return markdown(param.get());
            }
            Optional<String> column = columnHover(f, text);
            if (column.isPresent()) {
                return markdown(column.get());
            }
        }
        for (Project.BlockState b : project.blocksOf(file)) {
            Optional<Table> table = table(b, text);
            if (table.isPresent()) {
                return markdown(tableHover(table.get()));
            }
        }
        return null;
    }

    private static Hover markdown(String text) {
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, text));
    }

    private String methodHover(Found f) {
        JavaSignatures.Method m = f.block.methods().get(f.decl.name());
        String head =
                "query `" + f.decl.name() + "` (:" + f.decl.command().keyword().replaceFirst("^:", "") + ")";
        if (m == null) {
            return head + "\n\nNo method is generated while the query has errors.";
        }
        return "```java\n" + String.join("\n", m.declarations()) + "\n```\n" + head + ", method of `" + m.className()
                + "`";
    }

    private Optional<String> paramHover(Found f, Path file, Position position, String content, int[] word) {
        if (f.response.isEmpty() || f.response.get().getParametersCount() == 0) {
            return Optional.empty();
        }
        List<Parameter> params = f.response.get().getParametersList();
        int col = position.getCharacter();
        Optional<Parameter> hit = Optional.empty();
        char at = col < content.length() ? content.charAt(col) : ' ';
        char before = word[0] > 0 ? content.charAt(word[0] - 1) : ' ';
        String w = content.substring(word[0], word[1]);
        if (at == '?' || (before == '?' && w.chars().allMatch(Character::isDigit))) {
            int q = at == '?' ? col : word[0] - 1;
            String digits = digitsAfter(content, q + 1);
            int number = digits.isEmpty()
                    ? questionMarksBefore(file, f.decl, position.getLine(), q) + 1
                    : Integer.parseInt(digits);
            hit = params.stream().filter(p -> p.getPosition() == number).findFirst();
        } else if ((at == '$' || before == '$') && !w.isEmpty() && w.chars().allMatch(Character::isDigit)) {
            int number = Integer.parseInt(w);
            hit = params.stream().filter(p -> p.getPosition() == number).findFirst();
        } else if (!w.isEmpty()
                && (before == '@'
                        || before == ':' && (word[0] < 2 || content.charAt(word[0] - 2) != ':')
                        || content.substring(0, word[0]).matches("(?s).*\\b(?:arg|narg|slice)\\(\\s*$"))) {
            hit = params.stream().filter(p -> p.getName().equalsIgnoreCase(w)).findFirst();
        }
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        Parameter p = hit.get();
        JavaSignatures.Method m = f.block.methods().get(f.decl.name());
        Optional<JavaSignatures.Typed> java = Optional.empty();
        if (m != null) {
            java = m.params().stream()
                    .filter(t -> !p.getName().isEmpty() && t.sqlName().equals(p.getName()))
                    .findFirst();
            List<Integer> positions = params.stream()
                    .map(Parameter::getPosition)
                    .distinct()
                    .sorted()
                    .toList();
            int index = positions.indexOf(p.getPosition());
            if (java.isEmpty() && index >= 0 && index < m.params().size()) {
                java = Optional.of(m.params().get(index));
            }
        }
        String name = p.getName().isEmpty() ? "p" + p.getPosition() : p.getName();
        return Optional.of("parameter `" + name + "` (position " + p.getPosition() + ")\n\n"
                + "SQL type `" + p.getDataType() + (p.getIsArray() ? "[]" : "") + "`, "
                + (p.getNullable() ? "nullable" : "not null")
                + java.map(t -> "\n\nJava `" + t.javaType() + " " + t.name() + "`")
                        .orElse(""));
    }

    private Optional<String> columnHover(Found f, String word) {
        if (f.response.isEmpty() || word.isEmpty()) {
            return Optional.empty();
        }
        List<Column> columns = f.response.get().getColumnsList();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (!c.getName().equalsIgnoreCase(word)) {
                continue;
            }
            JavaSignatures.Method m = f.block.methods().get(f.decl.name());
            String java = "";
            if (m != null && m.columns().size() == columns.size()) {
                JavaSignatures.Typed t = m.columns().get(i);
                java = "\n\nJava `" + t.javaType() + " " + t.name() + "`";
            }
            return Optional.of("result column `" + c.getName() + "`"
                    + (c.getTableName().isEmpty() ? "" : " of table `" + c.getTableName() + "`") + "\n\n"
                    + "SQL type `" + c.getDataType() + (c.getIsArray() ? "[]" : "") + "`, "
                    + (c.getNullable() ? "nullable" : "not null") + java);
        }
        return Optional.empty();
    }

    private static String tableHover(Table table) {
        StringBuilder out = new StringBuilder("table `" + table.getName() + "`\n");
        for (Column c : table.getColumnsList()) {
            out.append("\n- `")
                    .append(c.getName())
                    .append("` ")
                    .append(c.getDataType())
                    .append(c.getNullable() ? "" : " not null");
        }
        return out.toString();
    }

    private int questionMarksBefore(Path file, QueryDecl decl, int line, int column) {
        String text = project.textIfReadable(file).orElse("");
        String[] lines = text.split("\n", -1);
        int count = 0;
        for (int l = decl.textLine() - 1; l <= line && l < lines.length; l++) {
            String s = l == line ? lines[l].substring(0, Math.min(column, lines[l].length())) : lines[l];
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '?' && (i + 1 >= s.length() || !Character.isDigit(s.charAt(i + 1)))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static String digitsAfter(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return s.substring(from, end);
    }

    private Optional<Found> queryAt(Path file, int line) {
        for (Project.BlockState b : project.blocksOf(file)) {
            if (b.result == null) {
                continue;
            }
            String rel = b.config().relative(file);
            for (QueryDecl decl : b.result.queries()) {
                if (!decl.file().equals(rel)) {
                    continue;
                }
                int end = decl.textLine() + (int) decl.text().lines().count() - 1;
                if (line >= decl.line() && line <= Math.max(end, decl.line())) {
                    Optional<ParseResponse> response = b.result.resolved().stream()
                            .filter(r -> r.decl().equals(decl))
                            .map(ResolvedQuery::response)
                            .findFirst();
                    return Optional.of(new Found(b, decl, response));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Table> table(Project.BlockState b, String name) {
        if (b.result == null || b.result.catalog().isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        Catalog catalog = b.result.catalog().get();
        return catalog.getTablesList().stream()
                .filter(t -> t.getName().equalsIgnoreCase(name))
                .findFirst();
    }

    // ---- definition ----

    List<Location> definition(Path file, Position position) {
        String content = Positions.line(project.textIfReadable(file).orElse(""), position.getLine());
        int[] word = Positions.wordAt(content, position.getCharacter());
        String text = content.substring(word[0], word[1]);
        List<Location> out = new ArrayList<>();
        Optional<Found> found = queryAt(file, position.getLine() + 1);
        if (found.isPresent()
                && (position.getLine() + 1 == found.get().decl.line()
                        || text.equals(found.get().decl.name()))) {
            generatedMethod(found.get()).ifPresent(out::add);
            return out;
        }
        if (text.isEmpty()) {
            return out;
        }
        Set<Path> schemaFiles = new LinkedHashSet<>();
        project.blocksOf(file)
                .forEach(b -> b.block()
                        .schema()
                        .forEach(s -> schemaFiles.add(s.toAbsolutePath().normalize())));
        Pattern create = Pattern.compile("(?i)\\bCREATE\\s+(?:(?:TEMP|TEMPORARY|UNLOGGED|VIRTUAL)\\s+)?TABLE\\s+"
                + "(?:IF\\s+NOT\\s+EXISTS\\s+)?(?:[\"`\\[]?\\w+[\"`\\]]?\\.)?[\"`\\[]?(" + Pattern.quote(text)
                + ")[\"`\\]]?(?![\\w])");
        for (Path schema : schemaFiles) {
            String body = project.textIfReadable(schema).orElse("");
            Matcher m = create.matcher(body);
            while (m.find()) {
                out.add(new Location(schema.toUri().toString(), rangeOf(body, m.start(1), m.end(1))));
            }
        }
        return out;
    }

    /** The generated method's declaration, when its file exists on disk. */
    private Optional<Location> generatedMethod(Found f) {
        JavaSignatures.Method m = f.block.methods().get(f.decl.name());
        if (m == null) {
            return Optional.empty();
        }
        Pattern declaration = Pattern.compile("\\bpublic\\s[^;{=]*\\b(" + Pattern.quote(m.methodName()) + ")\\(");
        for (CodegenDef def : f.block.block().codegen()) {
            if (!def.plugin().equals("java") || !Files.isDirectory(def.out())) {
                continue;
            }
            Object pkg = def.options().get("package");
            Path dir =
                    pkg == null ? def.out() : def.out().resolve(pkg.toString().replace('.', '/'));
            for (String name : List.of(m.className() + ".java", m.className() + "Impl.java")) {
                Path java = dir.resolve(name);
                if (!Files.isRegularFile(java)) {
                    continue;
                }
                String body = project.textIfReadable(java).orElse("");
                Matcher matcher = declaration.matcher(body);
                if (matcher.find()) {
                    return Optional.of(
                            new Location(java.toUri().toString(), rangeOf(body, matcher.start(1), matcher.end(1))));
                }
            }
        }
        return Optional.empty();
    }

    private static Range rangeOf(String body, int start, int end) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < start; i++) {
            if (body.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Positions.range(line, start - lineStart, end - lineStart);
    }

    // ---- code actions ----

    List<Either<Command, CodeAction>> codeActions(CodeActionParams params) {
        Path file = Documents.path(params.getTextDocument().getUri());
        String text = project.textIfReadable(file).orElse("");
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        for (org.eclipse.lsp4j.Diagnostic d : params.getContext().getDiagnostics()) {
            if (d.getSource() != null && !d.getSource().equals("sqlj")) {
                continue;
            }
            String message = d.getMessage();
            Matcher untyped = UNTYPED.matcher(message);
            if (untyped.find()) {
                castActions(file, text, d, untyped.group(1)).forEach(a -> out.add(Either.forRight(a)));
            }
            Matcher override = OVERRIDE.matcher(message);
            if (override.find()) {
                overrideAction(file, d, override.group(1)).ifPresent(a -> out.add(Either.forRight(a)));
            }
            renameAction(file, text, d, message).ifPresent(a -> out.add(Either.forRight(a)));
        }
        return out;
    }

    private List<CodeAction> castActions(Path file, String text, org.eclipse.lsp4j.Diagnostic d, String operand) {
        Position start = d.getRange().getStart();
        String line = Positions.line(text, start.getLine());
        if (!line.startsWith(operand, start.getCharacter())) {
            return List.of();
        }
        String engine = project.blocksOf(file).stream()
                .findFirst()
                .map(b -> b.block().engine())
                .orElse("");
        List<String> types = switch (engine) {
            case "postgresql" -> List.of("text", "bigint", "integer", "numeric", "boolean", "timestamptz", "uuid");
            case "mysql" -> List.of("CHAR", "SIGNED", "DECIMAL", "DATETIME");
            default -> List.of("TEXT", "INTEGER", "REAL", "BLOB");
        };
        Range range = Positions.range(start.getLine(), start.getCharacter(), start.getCharacter() + operand.length());
        List<CodeAction> out = new ArrayList<>();
        for (String type : types) {
            out.add(action(
                    "Write CAST(" + operand + " AS " + type + ")",
                    d,
                    Map.of(
                            file.toUri().toString(),
                            List.of(new TextEdit(range, "CAST(" + operand + " AS " + type + ")")))));
        }
        return out;
    }

    /** Adds {@code - db_type: X, java_type: String} under the first java entry's options of the config. */
    private Optional<CodeAction> overrideAction(Path file, org.eclipse.lsp4j.Diagnostic d, String dbType) {
        Optional<Path> config = project.blocksOf(file).stream()
                .map(b -> b.config().file())
                .findFirst()
                .or(() -> Project.CONFIG_NAMES.contains(file.getFileName().toString())
                        ? Optional.of(file)
                        : Optional.empty());
        if (config.isEmpty() || !config.get().getFileName().toString().equals("sqlj.yaml")) {
            return Optional.empty();
        }
        String yaml = project.textIfReadable(config.get()).orElse("");
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher overrides = Pattern.compile("^(\\s*)overrides:\\s*$").matcher(lines[i]);
            Matcher options = Pattern.compile("^(\\s*)options:\\s*$").matcher(lines[i]);
            String entry;
            if (overrides.find()) {
                String indent = overrides.group(1) + "  ";
                entry = indent + "- db_type: \"" + dbType + "\"\n" + indent + "  java_type: String\n";
            } else if (options.find() && !yaml.contains("overrides:")) {
                String indent = options.group(1) + "  ";
                entry = indent + "overrides:\n" + indent + "  - db_type: \"" + dbType + "\"\n" + indent
                        + "    java_type: String\n";
            } else {
                continue;
            }
            Range at = Positions.range(i + 1, 0, 0);
            return Optional.of(action(
                    "Add an override for " + dbType + " (java_type: String) to "
                            + config.get().getFileName(),
                    d,
                    Map.of(config.get().toUri().toString(), List.of(new TextEdit(at, entry)))));
        }
        return Optional.empty();
    }

    private Optional<CodeAction> renameAction(Path file, String text, org.eclipse.lsp4j.Diagnostic d, String message) {
        Position start = d.getRange().getStart();
        String line = Positions.line(text, start.getLine());
        int[] word = Positions.wordAt(line, start.getCharacter());
        String wrong = line.substring(word[0], word[1]);
        if (wrong.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> suggestion = Optional.empty();
        Matcher mean = DID_YOU_MEAN.matcher(message);
        if (mean.find()) {
            suggestion = Optional.of(mean.group(1));
        } else {
            Matcher missing = NO_COLUMN.matcher(message);
            if (missing.find()) {
                String name = Stream.of(missing.group(1), missing.group(2), missing.group(3))
                        .filter(s -> s != null)
                        .findFirst()
                        .orElse("");
                String bare = name.substring(name.lastIndexOf('.') + 1);
                if (!bare.equalsIgnoreCase(wrong)) {
                    return Optional.empty();
                }
                Set<String> columns = new LinkedHashSet<>();
                for (Project.BlockState b : project.blocksOf(file)) {
                    if (b.result != null && b.result.catalog().isPresent()) {
                        b.result
                                .catalog()
                                .get()
                                .getTablesList()
                                .forEach(t -> t.getColumnsList().forEach(c -> columns.add(c.getName())));
                    }
                }
                suggestion = Suggestions.nearest(bare, columns).filter(s -> !s.equalsIgnoreCase(bare));
            }
        }
        if (suggestion.isEmpty() || suggestion.get().toLowerCase(Locale.ROOT).equals(wrong.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String replacement = suggestion.get().substring(suggestion.get().lastIndexOf('.') + 1);
        Range range = Positions.range(start.getLine(), word[0], word[1]);
        CodeAction action = action(
                "Rename " + wrong + " to " + replacement,
                d,
                Map.of(file.toUri().toString(), List.of(new TextEdit(range, replacement))));
        action.setIsPreferred(true);
        return Optional.of(action);
    }

    private static CodeAction action(String title, org.eclipse.lsp4j.Diagnostic d, Map<String, List<TextEdit>> edits) {
        CodeAction action = new CodeAction(title);
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(d));
        action.setEdit(new WorkspaceEdit(edits));
        return action;
    }
}
