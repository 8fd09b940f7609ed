package io.sqlj.core.engine;

import io.sqlj.engine.v1.BatchParseRequest;
import io.sqlj.engine.v1.BatchParseResponse;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.Diagnostic;
import io.sqlj.engine.v1.EngineInfo;
import io.sqlj.engine.v1.Parameter;
import io.sqlj.engine.v1.ParseRequest;
import io.sqlj.engine.v1.ParseResponse;
import java.io.IOException;
import java.io.PrintStream;
import java.util.TreeSet;

/**
 * A tiny engine for tests, started as a real process: {@code FakeEngine <mode> <verb>}.
 *
 * <p>Modes: {@code batch} (answers info with the batch feature), {@code parse} (knows only
 * parse), {@code fail} (exits 3 with 25 lines on stderr), {@code garbage} (prints text),
 * {@code hang} (never answers), {@code env} (answers with one column per environment variable),
 * {@code sdk} (as {@code batch}, on the engine SDK: {@link Sdk}), {@code late-...} (as {@code batch}, then
 * what {@link #late} says).
 */
public final class FakeEngine {

    /** The argv that starts this engine in {@code mode}, as a launcher would give a bundled one. */
    public static java.util.List<String> argv(String mode) {
        return java.util.List.of(
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(),
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                FakeEngine.class.getName(),
                mode);
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String mode = args[0];
        String verb = args[1];
        PrintStream out = System.out;
        switch (mode) {
            case "hang" -> Thread.sleep(600_000);
            case "fail" -> {
                for (int i = 1; i <= 25; i++) {
                    System.err.println("trace line " + i);
                }
                System.exit(3);
            }
            case "sdk", "sdk-fail", "sdk-hang" ->
                System.exit(io.sqlj.engine.sdk.EngineMain.run(
                        new Sdk(java.nio.file.Path.of(""), mode),
                        new String[] {verb},
                        System.in,
                        System.out,
                        System.err));
            case "garbage" -> {
                System.in.readAllBytes();
                out.print("this is not protobuf\n");
            }
            default -> {
                if (verb.equals("info")) {
                    if (!mode.equals("batch")) {
                        System.err.println("unknown verb: info");
                        System.exit(2);
                    }
                    EngineInfo.newBuilder()
                            .setName("fake")
                            .setProtocolVersion(1)
                            .addFeatures("batch")
                            .build()
                            .writeTo(out);
                } else if (verb.equals("parse-batch")) {
                    BatchParseRequest batch = BatchParseRequest.parseFrom(System.in.readAllBytes());
                    BatchParseResponse.Builder response = BatchParseResponse.newBuilder();
                    for (ParseRequest request : batch.getRequestsList()) {
                        response.addResponses(answer(request, batch.getSchemaSql(), mode));
                    }
                    response.build().writeTo(out);
                } else {
                    ParseRequest request = ParseRequest.parseFrom(System.in.readAllBytes());
                    answer(request, request.getSchemaSql(), mode).writeTo(out);
                }
            }
        }
        out.flush();
        if (mode.startsWith("late-")) {
            late(mode.substring("late-".length()), out);
        }
    }

    /**
     * What a {@code late-} mode does after its answer (that of {@code batch}): {@code fail} exits 3
     * with a line on stderr, {@code hang} sleeps; {@code note} prints a line on stderr and exits 0; a
     * {@code close-} before them closes stdout first, as the engine SDK does, and waits a little.
     */
    private static void late(String how, PrintStream out) throws InterruptedException {
        String what = how;
        if (what.startsWith("close-")) {
            out.close();
            Thread.sleep(300); // sqlj has the answer while this one still runs
            what = what.substring("close-".length());
        }
        switch (what) {
            case "fail" -> {
                System.err.println("failed after its answer");
                System.exit(3);
            }
            case "hang" -> Thread.sleep(600_000);
            case "note" -> {
                System.err.println("a note after its answer");
                System.exit(0);
            }
            case "timing" -> {
                System.err.println(io.sqlj.core.Timings.ENGINE_LINE + "after-the-answer 12.5");
                System.exit(0);
            }
            default -> throw new IllegalArgumentException(how);
        }
    }

    /**
     * The {@code sdk} mode: the answers of {@code batch}, through the engine SDK, which reads the
     * request while it answers; the session leaves a file {@code session-opened} in the working
     * directory when it opens, complete the moment it appears.
     */
    static final class Sdk implements io.sqlj.engine.sdk.Engine {
        private final java.nio.file.Path dir;
        private final String mode;

        /**
         * @param dir where {@code session-opened} is written: the working directory of a process,
         *     the folder given to an engine in sqlj's JVM
         * @param mode {@code sdk}; {@code sdk-fail}: its session fails to open (an exception);
         *     {@code sdk-hang}: its session takes ten minutes to open
         */
        Sdk(java.nio.file.Path dir, String mode) {
            this.dir = dir;
            this.mode = mode;
        }

        @Override
        public EngineInfo info() {
            return EngineInfo.newBuilder().setName("fake").build();
        }

        @Override
        public Session open(io.sqlj.engine.sdk.SchemaSource schema) throws IOException {
            if (mode.equals("sdk-fail")) {
                throw new IllegalStateException("the fake engine cannot open a session");
            }
            if (mode.equals("sdk-hang")) {
                try {
                    Thread.sleep(600_000);
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException("stopped while opening");
                }
            }
            // written aside and renamed, so a test that sees the file also sees its text
            java.nio.file.Path aside = dir.resolve("session-opened.tmp");
            java.nio.file.Files.writeString(aside, schema.toString());
            java.nio.file.Files.move(
                    aside, dir.resolve("session-opened"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            String text = schema instanceof io.sqlj.engine.sdk.SchemaSource.Sql sql ? sql.text() : "";
            return request -> answer(request, text, "batch");
        }
    }

    private static ParseResponse answer(ParseRequest request, String schema, String mode) {
        String sql = request.getSql();
        ParseResponse.Builder response = ParseResponse.newBuilder().setSql(sql);
        int bad = sql.indexOf("nme");
        if (bad >= 0) {
            String before = sql.substring(0, bad);
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = bad - before.lastIndexOf('\n');
            return response.addDiagnostics(Diagnostic.newBuilder()
                            .setSeverity(Diagnostic.Severity.ERROR)
                            .setMessage("column \"nme\" does not exist")
                            .setLine(line)
                            .setColumn(column)
                            .setCode("42703"))
                    .build();
        }
        for (int i = 0; i < sql.length(); i++) {
            if (sql.charAt(i) == '?') {
                response.addParameters(Parameter.newBuilder()
                        .setPosition(response.getParametersCount() + 1)
                        .setDataType("INTEGER")
                        .setJdbcType("BIGINT"));
            }
        }
        if (mode.equals("env")) {
            for (String name : new TreeSet<>(System.getenv().keySet())) {
                response.addColumns(
                        Column.newBuilder().setName(name).setDataType("TEXT").setTableName(System.getenv(name)));
            }
        } else if (sql.startsWith("SELECT")) {
            response.addColumns(Column.newBuilder()
                    .setName("id")
                    .setDataType(sql.contains("NOTYPE") ? "" : "INTEGER")
                    .setTableName(request.getQuery().getFile() + ":"
                            + request.getQuery().getLine())
                    .setSchemaName(schema + "|" + request.getOptionsMap()));
        }
        return response.build();
    }
}
