package io.sqlj.codegen.java;

import static io.sqlj.codegen.java.Fixtures.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.core.Command;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.ResolvedQuery;
import io.sqlj.core.codegen.CodegenResult;
import io.sqlj.engine.v1.Parameter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A {@code table.column} override reaches the parameters the engine says meet that column. */
class ParameterOverrideTest {

    private static final List<Map<String, Object>> OVERRIDES = List.of(
            Map.of("column", "customers.email", "java_type", "com.acme.Email", "converter", "com.acme.EmailConverter"),
            Map.of(
                    "column",
                    "vendors.email",
                    "java_type",
                    "com.acme.VendorEmail",
                    "converter",
                    "com.acme.VendorEmailConverter"),
            Map.of("column", "people.email", "java_type", "com.acme.Email", "converter", "com.acme.EmailConverter"));

    private static Parameter email(int position, String name, String table) {
        return Parameter.newBuilder()
                .setName(name)
                .setPosition(position)
                .setDataType("TEXT")
                .setJdbcType("VARCHAR")
                .setTableName(table)
                .setColumnName(table.isEmpty() ? "" : "email")
                .build();
    }

    private static CodegenResult generate(ResolvedQuery... queries) {
        return new JavaGenerator()
                .generate(Fixtures.request(
                        Fixtures.options("package", "com.example.db", "overrides", OVERRIDES), List.of(queries)));
    }

    private static String queries(CodegenResult result) {
        assertEquals(
                List.of(), result.diagnostics().stream().map(Diagnostic::format).toList());
        return result.files().get("com/example/db/Queries.java");
    }

    @Test
    void anInsertedOrComparedColumnGivesItsTypeAndConverter() {
        String code = queries(generate(
                query("AddCustomer", Command.EXEC, "INSERT INTO customers (email) VALUES (?)")
                        .param(email(1, "email", "customers"))
                        .build(),
                query("FindByText", Command.EXEC, "DELETE FROM customers WHERE lower(email) = ?")
                        .param(email(1, "text", ""))
                        .build()));
        assertTrue(code.contains("public void addCustomer(Email email)"), code);
        assertTrue(code.contains("_ps.setString(1, EmailConverter.toDb(email));"), code);
        assertTrue(code.contains("public void findByText(String text)"), code);
    }

    @Test
    void aSliceOfAnOverriddenColumnIsAListConvertedPerElement() {
        String code = queries(
                generate(query("Delete", Command.EXEC, "DELETE FROM customers WHERE email IN (/*SLICE:emails*/?)")
                        .param(email(1, "emails", "customers").toBuilder()
                                .setIsSlice(true)
                                .build())
                        .build()));
        assertTrue(code.contains("public void delete(List<Email> emails)"), code);
        assertTrue(code.contains("EmailConverter.toDb("), code);
    }

    @Test
    void oneArgumentOnTwoColumnsTakesTheFirstsOverrideWhenTheyAgree() {
        String code = queries(generate(query(
                        "Both",
                        Command.EXEC,
                        "DELETE FROM people WHERE lower(?) = email OR email = ? OR ? IN (SELECT email FROM customers)")
                .param(email(1, "e", ""))
                .param(email(1, "e", "people"))
                .param(email(1, "e", "customers"))
                .build()));
        assertTrue(code.contains("public void both(Email e)"), code);
    }

    @Test
    void oneArgumentOnColumnsWithDifferentOverridesIsAnError() {
        CodegenResult result = generate(
                query(
                                "Contact",
                                Command.EXEC,
                                "DELETE FROM customers WHERE email = ? OR ? = (SELECT email FROM vendors)")
                        .line(7)
                        .param(email(1, "e", "customers"))
                        .param(email(1, "e", "vendors"))
                        .build(),
                query("Other", Command.EXEC, "DELETE FROM customers WHERE email = ? OR ? = (SELECT email FROM shops)")
                        .param(email(1, "e", "customers"))
                        .param(email(1, "e", "shops"))
                        .build());
        assertEquals(
                List.of(
                        "queries/authors.sql:7:1: error: parameter \"e\" of query Contact is used with column"
                                + " customers.email (override com.acme.Email via com.acme.EmailConverter) and column"
                                + " vendors.email (override com.acme.VendorEmail via com.acme.VendorEmailConverter);"
                                + " one argument cannot have both types, so use two parameters or give both columns"
                                + " the same override",
                        "queries/authors.sql:1:1: error: parameter \"e\" of query Other is used with column"
                                + " customers.email (override com.acme.Email via com.acme.EmailConverter) and column"
                                + " shops.email (no override); one argument cannot have both types, so use two"
                                + " parameters or give both columns the same override"),
                result.diagnostics().stream().map(Diagnostic::format).toList());
    }
}
