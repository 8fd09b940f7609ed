package io.sqlj.codegen.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which INSERTs can become a COPY, read by the shared lexer (before: a regular expression). */
class CopyFromCodeTest {

    @Test
    void plainInsertsBecomeCopies() {
        assertEquals(
                Optional.of("COPY authors (name, bio) FROM STDIN (FORMAT csv)"),
                CopyFromCode.copySql("INSERT INTO authors (name, bio) VALUES (?, ?)", 2));
        assertEquals(
                Optional.of("COPY public.\"Odd \"\" name\" (\"a b\", c) FROM STDIN (FORMAT csv)"),
                CopyFromCode.copySql("  insert into public.\"Odd \"\" name\"\n(\"a b\",c)\nVALUES (?,?);\n", 2));
    }

    @Test
    void anythingElseIsNoCopy() {
        assertEquals(Optional.empty(), CopyFromCode.copySql("INSERT INTO t (a, b) VALUES (?, jsonb(?))", 2));
        assertEquals(Optional.empty(), CopyFromCode.copySql("INSERT INTO t (a) VALUES (?)", 2));
        assertEquals(Optional.empty(), CopyFromCode.copySql("INSERT INTO t (a, b) VALUES (?)", 1));
        assertEquals(Optional.empty(), CopyFromCode.copySql("INSERT INTO t (a) VALUES (?) RETURNING id", 1));
        assertEquals(Optional.empty(), CopyFromCode.copySql("INSERT INTO `t` (a) VALUES (?)", 1));
        assertEquals(Optional.empty(), CopyFromCode.copySql("INSERT INTO t (a) VALUES (?); SELECT 1", 1));
        assertEquals(Optional.empty(), CopyFromCode.copySql("INSERT INTO t (a) VALUES (?) -- x", 1));
        assertEquals(Optional.empty(), CopyFromCode.copySql("INSERT INTO t (a) VALUES (??)", 1));
    }
}
