package io.sqlj.codegen.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sqlj.core.Command;
import io.sqlj.core.QueryDecl;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavadocsTest {

    @Test
    void escapesEverythingThatCouldEndOrBreakTheComment() {
        assertEquals(
                "a *&#47; b &#64;see &#123;&#64;code x&#125; &#92;u002A/ &lt;p&gt; &amp;",
                Javadocs.escape("a */ b @see {@code x} \\u002A/ <p> &"));
    }

    @Test
    void commentsThenSqlInPre() {
        QueryDecl decl = new QueryDecl(
                "GetAuthor",
                Command.ONE,
                "SELECT *\r\nFROM a /* x */\n",
                List.of("Fetches one author.", "By id."),
                "q.sql",
                1,
                4);
        assertEquals(
                "Fetches one author.\nBy id.\n\n<pre>\nSELECT *\nFROM a /* x *&#47;\n</pre>\n",
                Javadocs.forQuery(decl));
    }
}
