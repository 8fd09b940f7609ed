package io.sqlj.codegen.java;

import static io.sqlj.codegen.java.Fixtures.query;

import io.sqlj.core.Command;
import io.sqlj.core.ResolvedQuery;
import io.sqlj.core.codegen.CodegenResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeTmpTest {
  @Test
  void probe() {
    for (Command c : new Command[] {Command.ITER, Command.EXEC}) {
      for (int n : new int[] {12000, 16000, 20000}) {
        List<ResolvedQuery> qs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          Fixtures.Q q = query("Q" + i, c, "SELECT a FROM t WHERE id = ?").param("id", "BIGINT", false);
          if (c != Command.EXEC) {
            q.column("a", "BIGINT", false);
          }
          qs.add(q.build());
        }
        CodegenResult r = Fixtures.generate(qs);
        long t = System.nanoTime();
        InMemoryCompiler.Result res = InMemoryCompiler.compile(r.files());
        System.out.println("PROBE " + c + " " + n + " ok=" + res.succeeded() + " " + (System.nanoTime() - t) / 1_000_000 + "ms "
            + res.diagnostics().stream().limit(1).toList());
        if (!res.succeeded()) break;
      }
    }
  }
}
