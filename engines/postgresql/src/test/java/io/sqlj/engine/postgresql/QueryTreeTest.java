package io.sqlj.engine.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.postgresql.QueryTree.Node;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTreeTest {
    static final String DUMP = "({QUERY :commandType 1 :utilityStmt <> :targetList ({TARGETENTRY :expr {CONST"
            + " :consttype 23 :constisnull false :location 7 :constvalue 4 [ 1 0 0 0 0 0 0 0 ]} :resno 1 :resname"
            + " one\\ \\(two\\) :resjunk false}) :varnullingrels (b 3) :empty (b) :colnames (\"id\" \"name\")})";

    /** PostgreSQL's format_node_dump (backend/nodes/print.c), byte for byte. */
    static String format(String dump) {
        byte[] in = dump.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        byte[] line = new byte[78];
        int i = 0;
        int j;
        while (true) {
            for (j = 0; j < 78 && i < in.length; i++, j++) {
                line[j] = in[i];
            }
            if (i >= in.length) {
                break;
            }
            if (in[i] == ' ') {
                i++;
            } else {
                int k;
                for (k = j - 1; k > 0; k--) {
                    if (line[k] == ' ') {
                        break;
                    }
                }
                if (k > 0) {
                    i -= j - k - 1;
                    j = k;
                }
            }
            out.append(new String(line, 0, j, StandardCharsets.UTF_8)).append('\n');
        }
        if (j > 0) {
            out.append(new String(line, 0, j, StandardCharsets.UTF_8)).append('\n');
        }
        return out.toString();
    }

    @Test
    void readsNodesListsNullsAndEscapes() {
        Node query = QueryTree.parse(DUMP).get(0);
        assertEquals("QUERY", query.type());
        assertEquals(1, query.integer("commandType", -1));
        assertTrue(query.isNull("utilityStmt"));
        Node entry = query.nodes("targetList").get(0);
        assertEquals("one (two)", entry.text("resname"));
        Node constant = entry.node("expr");
        assertEquals("CONST", constant.type());
        assertEquals("4", constant.text("constvalue"), "the bytes after the length are skipped");
        assertEquals(7, constant.integer("location", -1));
        assertEquals(List.of("b", "3"), query.list("varnullingrels"));
        assertEquals(List.of("b"), query.list("empty"));
        assertEquals(List.of("\"id\"", "\"name\""), query.list("colnames"));
        assertNull(query.node("nothing"));
    }

    @Test
    void undoesTheServersLineBreaksEvenInsideLongTokens() {
        String longName = "x".repeat(150);
        String multibyte = "é".repeat(31); // an identifier: at most 63 bytes, so never cut
        String dump = "({QUERY :a " + longName + " :b 1 :c " + multibyte + " :c2 " + multibyte + " :c3 " + multibyte
                + " :d (b 1 2) :e {NODE :f <>}})";
        String formatted = format(dump);
        assertTrue(formatted.contains("\n"), formatted);
        Node query = QueryTree.parse(formatted).get(0);
        assertEquals(longName, query.text("a"));
        assertEquals(1, query.integer("b", -1));
        assertEquals(multibyte, query.text("c"));
        assertEquals(multibyte, query.text("c3"));
        assertEquals(List.of("b", "1", "2"), query.list("d"));
        assertEquals("NODE", query.node("e").type());
        assertEquals(QueryTree.parse(DUMP), QueryTree.parse(format(DUMP)));
    }

    @Test
    void refusesWhatIsNotATree() {
        assertThrows(IllegalArgumentException.class, () -> QueryTree.parse("({QUERY :a 1"));
        assertThrows(IllegalArgumentException.class, () -> QueryTree.parse("hello world"));
    }
}
