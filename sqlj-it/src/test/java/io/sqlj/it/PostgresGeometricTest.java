package io.sqlj.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.geometric.PGbox;
import org.postgresql.geometric.PGcircle;
import org.postgresql.geometric.PGline;
import org.postgresql.geometric.PGlseg;
import org.postgresql.geometric.PGpath;
import org.postgresql.geometric.PGpoint;
import org.postgresql.geometric.PGpolygon;
import org.postgresql.util.PGobject;
import testdata.pg_geometric.AddShapeParams;
import testdata.pg_geometric.CopyShapesParams;
import testdata.pg_geometric.Queries;
import testdata.pg_geometric.Shape;
import testdata.pg_geometric.ShapesWithinRow;
import testdata.pg_geometric.TouchRowRow;

/**
 * The geometric types as pgjdbc's classes and {@code void} results, through the generated code of
 * {@code testdata/pg_geometric} against the embedded server (one database for the class): edge
 * values (NULL, NaN, -0.0, infinities, 1e300, open and closed paths of a thousand points) written
 * with bound parameters and with COPY, read back more than five times (pgjdbc reads {@code point}
 * and {@code box} in binary once a statement is server-prepared), in arrays too.
 */
class PostgresGeometricTest {
    static Connection db;
    static Queries q;

    @BeforeAll
    static void database() throws Exception {
        db = Postgres.withSchemaOf("pg_geometric");
        q = new Queries(db);
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    static PGpoint[] many(int n, boolean negative) {
        PGpoint[] points = new PGpoint[n];
        for (int i = 0; i < n; i++) {
            points[i] = new PGpoint(i * 0.1 * (negative ? -1 : 1), Math.cos(i) * 1e300);
        }
        return points;
    }

    static List<AddShapeParams> edges() {
        PGpoint odd = new PGpoint(Double.NaN, -0.0);
        PGpoint far = new PGpoint(Double.NEGATIVE_INFINITY, 1e300);
        return List.of(
                new AddShapeParams(
                        new PGpoint(-1.5, 0.25),
                        new PGline(-1, 2, -3.5),
                        new PGlseg(-1e300, 0, 1e-300, -0.0),
                        new PGbox(3, 4, -1, -2),
                        new PGpath(many(1000, true), true),
                        new PGpolygon(many(1000, false)),
                        new PGcircle(-1, -2, 1e300),
                        Arrays.asList(odd, null, far),
                        Arrays.asList(new PGbox(1, 1, 0, 0), null, new PGbox(0, 0, -1e300, -1e300)),
                        Arrays.asList(new PGpath(many(3, false), false), new PGpath(many(2, true), true), null),
                        Arrays.asList(new PGpolygon(many(1, false)), null)),
                new AddShapeParams(
                        odd,
                        new PGline(Double.MAX_VALUE, -0.0, Double.MIN_VALUE),
                        new PGlseg(0, 0, 0, 0),
                        new PGbox(Double.POSITIVE_INFINITY, 0.1, -0.0, -0.0),
                        new PGpath(many(1, false), false),
                        new PGpolygon(new PGpoint[] {far, odd}),
                        new PGcircle(-0.0, Double.NaN, 0),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()),
                new AddShapeParams(null, null, null, null, null, null, null, null, null, null, null));
    }

    /** What the shape holds, as text that tells NaN and -0.0 apart (the classes compare with ==). */
    static List<String> text(Object... values) {
        List<String> out = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof List<?> list) {
                List<String> inner = new ArrayList<>();
                for (Object e : list) {
                    inner.add(e == null ? "NULL" : e.getClass().getSimpleName() + ((PGobject) e).getValue());
                }
                out.add(inner.toString());
            } else {
                out.add(v == null ? "NULL" : v.getClass().getSimpleName() + ((PGobject) v).getValue());
            }
        }
        return out;
    }

    static List<String> text(AddShapeParams p) {
        return text(
                p.pt(), p.ln(), p.seg(), p.bx(), p.pth(), p.poly(), p.circ(), p.pts(), p.bxs(), p.paths(), p.polys());
    }

    static List<String> text(Shape s) {
        return text(
                s.pt(), s.ln(), s.seg(), s.bx(), s.pth(), s.poly(), s.circ(), s.pts(), s.bxs(), s.paths(), s.polys());
    }

    @Test
    void edgeValuesRoundTripThroughParametersCopyAndBinaryTransfer() throws Exception {
        List<Integer> ids = new ArrayList<>();
        for (AddShapeParams p : edges()) {
            ids.add(q.addShape(p).orElseThrow());
        }
        // seven reads: pgjdbc reads point and box in binary from the fifth execution on
        for (int run = 0; run < 7; run++) {
            for (int i = 0; i < ids.size(); i++) {
                Shape shape = q.getShape(ids.get(i)).orElseThrow();
                assertEquals(text(edges().get(i)), text(shape), "shape " + i + ", run " + run);
                assertEquals(new PGpoint(0, 0), shape.origin(), "a NOT NULL point");
            }
        }
        Shape first = q.getShape(ids.get(0)).orElseThrow();
        assertTrue(first.pth().isOpen(), "an open path stays open");
        assertEquals(1000, first.pth().points.length);
        assertTrue(q.getShape(ids.get(1)).orElseThrow().pth().isClosed(), "a closed path stays closed");
        assertTrue(Double.isNaN(q.getShape(ids.get(1)).orElseThrow().pt().x));
        Shape nulls = q.getShape(ids.get(2)).orElseThrow();
        assertNull(nulls.pt());
        assertNull(nulls.pts());

        // what was read goes back in, through COPY this time, and reads the same
        List<Shape> before = q.listShapes();
        List<CopyShapesParams> copy = new ArrayList<>();
        for (Shape s : before) {
            copy.add(new CopyShapesParams(
                    s.pt(), s.ln(), s.seg(), s.bx(), s.pth(), s.poly(), s.circ(), s.pts(), s.bxs(), s.paths(),
                    s.polys()));
        }
        q.copyShapes(copy);
        List<Shape> after = q.listShapes();
        assertEquals(2 * before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertEquals(text(before.get(i)), text(after.get(before.size() + i)), "copied shape " + i);
        }
    }

    @Test
    void geometricParametersOfOperatorsAndFunctions() throws Exception {
        int id = q.addShape(new AddShapeParams(
                        new PGpoint(0.5, 0.5), null, null, null, null, null, null, null, null, null, null))
                .orElseThrow();
        for (int run = 0; run < 6; run++) {
            assertTrue(q.shapesAt(new PGpoint(0.5, 0.5)).contains(id));
            List<ShapesWithinRow> within = q.shapesWithin(new PGbox(1, 1, 0, 0));
            assertTrue(within.stream().anyMatch(r -> r.id() == id && new PGpoint(0.5, 0.5).equals(r.pt())));
            assertEquals(Optional.of(new PGpoint(-1, 2.5)), q.center(new PGbox(0, 5, -2, 0)));
        }
    }

    @Test
    void voidResultsRunAndReadAsNull() throws Exception {
        long before = q.countTouches().orElseThrow();
        q.touchOne(7);
        List<Void> rows = q.touch(3);
        assertEquals(Arrays.asList(null, null, null), rows, "one null per row");
        Optional<TouchRowRow> row = q.touchRow(41);
        assertNull(row.orElseThrow().done());
        assertEquals(42, row.orElseThrow().next());
        assertEquals(before + 5, q.countTouches().orElseThrow(), "every call ran");
        for (int run = 0; run < 6; run++) {
            assertEquals(Optional.empty(), q.advisoryLock(42L), "a void :one has no value");
        }
        q.advisoryUnlockAll();
    }
}
