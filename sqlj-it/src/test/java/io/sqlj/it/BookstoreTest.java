package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.example.bookstore.db.Author;
import com.example.bookstore.db.Order;
import com.example.bookstore.db.OrderStatus;
import com.example.bookstore.db.Queries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** examples/bookstore: its committed code is what sqlj generates, and App runs against PostgreSQL. */
class BookstoreTest {
    private static final Path EXAMPLE = Sqlite.root().resolve("examples/bookstore");
    private static final Path GENERATED = Path.of("src/main/java/com/example/bookstore/db");

    @TempDir
    Path tmp;

    @Test
    void sqljGenerateWritesExactlyTheCommittedCode() throws Exception {
        Path copy = tmp.resolve("bookstore");
        Files.createDirectories(copy.resolve("migrations"));
        for (String file : List.of("sqlj.yaml", "queries.sql")) {
            Files.copy(EXAMPLE.resolve(file), copy.resolve(file));
        }
        for (Path migration : list(EXAMPLE.resolve("migrations"))) {
            Files.copy(
                    EXAMPLE.resolve("migrations").resolve(migration),
                    copy.resolve("migrations").resolve(migration));
        }
        Tools.Result result =
                Tools.sqlj("generate", "-f", copy.resolve("sqlj.yaml").toString());
        assertEquals(0, result.exit(), result.output());
        List<Path> expected = list(EXAMPLE.resolve(GENERATED));
        assertEquals(expected, list(copy.resolve(GENERATED)));
        for (Path file : expected) {
            assertEquals(
                    Files.readString(EXAMPLE.resolve(GENERATED).resolve(file)),
                    Files.readString(copy.resolve(GENERATED).resolve(file)),
                    file + " differs: run ./sqlj generate -f examples/bookstore/sqlj.yaml");
        }
    }

    @Test
    void theAppRunsAgainstPostgresql() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Connection db = migrated("bookstore_app");
                PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            Method run = Class.forName("com.example.bookstore.App")
                    .getDeclaredMethod("run", Connection.class, PrintStream.class);
            run.setAccessible(true);
            run.invoke(null, db, out);
        }
        assertEquals(
                String.join(
                        "\n",
                        "books loaded: 3",
                        "classic: A Wizard of Earthsea, 9.99, [fantasy, classic], 1968-11-01",
                        "classic: Ficciones, 11.00, [classic, short stories], unknown date",
                        "Jorge Luis Borges: Ficciones at 11.00",
                        "Nobody Yet: -",
                        "Ursula K. Le Guin: A Wizard of Earthsea at 9.99",
                        "Ursula K. Le Guin: The Dispossessed at 12.50",
                        "up to 12.00: Ficciones at 11.00",
                        "up to 12.00: A Wizard of Earthsea at 9.99",
                        "Jorge Luis Borges wrote 1 of our books",
                        "Nobody Yet wrote 0 of our books",
                        "Ursula K. Le Guin wrote 2 of our books",
                        "new order: CART",
                        "line: 3 x A Wizard of Earthsea = 29.97",
                        "line: 1 x Ficciones = 11.00",
                        "placed: 1, again: 0",
                        "order: PLACED, details {\"gift\": true}, placed true",
                        "export: Ada SHIPPED 40.97",
                        "export: Bob CART nothing",
                        ""),
                bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void nullsAndDefaultsComeBackAsNulls() throws Exception {
        try (Connection db = migrated("bookstore_nulls")) {
            Queries q = new Queries(db);
            UUID id = q.createAuthor("Anon", null).orElseThrow();
            assertEquals(
                    List.of(new Author(
                            id,
                            "Anon",
                            null,
                            q.authorsWithBooks().get(0).author().createdAt())),
                    q.authorsWithBooks().stream().map(r -> r.author()).toList());
            assertNull(q.authorsWithBooks().get(0).title(), "the outer side of the left join");
            assertNull(q.authorsWithBooks().get(0).price());
            UUID order = q.createOrder("Cy", null).orElseThrow().id();
            Order read = q.getOrder(order).orElseThrow();
            assertEquals(OrderStatus.CART, read.status(), "the column's default");
            assertNull(read.details());
            assertNull(read.placedAt());
            assertEquals(List.of(), q.orderLines(order));
            assertEquals(List.of(), q.booksByIds(List.of()));
            assertEquals(0, q.setOrderStatus(OrderStatus.CANCELLED, UUID.randomUUID()));
        }
    }

    /** A new database with the Up sections of the example's goose migrations, in order. */
    private static Connection migrated(String name) throws Exception {
        Connection db = Postgres.emptyDatabase(name);
        try (Statement s = db.createStatement()) {
            for (Path migration : list(EXAMPLE.resolve("migrations"))) {
                String text = Files.readString(EXAMPLE.resolve("migrations").resolve(migration));
                s.execute(text.substring(0, text.indexOf("-- +goose Down")));
            }
        }
        return db;
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(dir::relativize)
                    .sorted()
                    .toList();
        }
    }
}
