package io.sqlj.codegen.java;

import static io.sqlj.codegen.java.Fixtures.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.core.Command;
import io.sqlj.core.Diagnostic;
import io.sqlj.core.codegen.CodegenResult;
import io.sqlj.engine.v1.Column;
import io.sqlj.engine.v1.Parameter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Composite types with {@code composite_attributes} become generated records; an override of the
 * composite wins; an attribute sqlj cannot carry refuses the type with the override to add; an
 * engine that sends no attributes keeps the text form. (The round trip itself is proven against
 * PostgreSQL by sqlj-it's matrix and PostgresCopyTest.)
 */
class CompositeTypesTest {

    private static Column attribute(String name, String dataType, String jdbcType) {
        return Column.newBuilder()
                .setName(name)
                .setDataType(dataType)
                .setJdbcType(jdbcType)
                .setNullable(true)
                .build();
    }

    private static final List<Column> ITEM = List.of(
            attribute("name", "text", "VARCHAR"),
            attribute("supplier_id", "int4", "INTEGER"),
            attribute("price", "numeric", "NUMERIC"),
            attribute("made", "date", "DATE"));

    private static Column composite(String name, String dataType, List<Column> attributes, boolean array) {
        return Column.newBuilder()
                .setName(name)
                .setDataType(array ? dataType + "[]" : dataType)
                .setJdbcType("OTHER")
                .setTextForm(true)
                .setNullable(true)
                .setIsArray(array)
                .setArrayDims(array ? 1 : 0)
                .setElementType(array ? dataType : "")
                .addAllCompositeAttributes(attributes)
                .build();
    }

    private static CodegenResult generate(List<Map<String, Object>> overrides, Column... columns) {
        var q = query("GetItems", Command.MANY, "SELECT item, items, ship FROM t WHERE item = ?")
                .param(Parameter.newBuilder()
                        .setName("item")
                        .setPosition(1)
                        .setDataType("inventory_item")
                        .setJdbcType("OTHER")
                        .setTextForm(true)
                        .addAllCompositeAttributes(ITEM)
                        .build());
        for (Column c : columns) {
            q.column(c);
        }
        return new JavaGenerator()
                .generate(Fixtures.request(
                        Fixtures.options("package", "com.example.db", "overrides", overrides), List.of(q.build())));
    }

    private static Column shipment() {
        Column item = composite("item", "inventory_item", ITEM, false);
        return composite("ship", "shipment", List.of(item, attribute("qty", "int8", "BIGINT")), false);
    }

    @Test
    void aCompositeNamedAsATablesModelGetsTypeAfterItsName() {
        // minder: composite type profile_selector next to table profile_selectors (model
        // ProfileSelector); sqlc writes no struct for a composite, so it never clashes
        var q = query("GetSelectors", Command.MANY, "SELECT sel FROM profile_selectors")
                .column(composite("sel", "profile_selector", ITEM, false));
        io.sqlj.core.codegen.CodegenRequest plain =
                Fixtures.request(Fixtures.options("package", "com.example.db"), List.of(q.build()));
        io.sqlj.engine.v1.Catalog catalog = io.sqlj.engine.v1.Catalog.newBuilder()
                .addTables(io.sqlj.engine.v1.Table.newBuilder()
                        .setName("profile_selectors")
                        .addColumns(attribute("id", "int4", "INTEGER")))
                .build();
        CodegenResult result = new JavaGenerator()
                .generate(new io.sqlj.core.codegen.CodegenRequest(
                        plain.block(),
                        plain.def(),
                        plain.queries(),
                        plain.sqljVersion(),
                        java.util.Optional.of(catalog)));
        assertEquals(
                List.of(), result.diagnostics().stream().map(Diagnostic::format).toList());
        assertTrue(
                result.files()
                        .get("com/example/db/ProfileSelector.java")
                        .contains("record ProfileSelector(Integer id)"),
                result.files().get("com/example/db/ProfileSelector.java"));
        assertTrue(
                result.files()
                        .get("com/example/db/ProfileSelectorType.java")
                        .contains("record ProfileSelectorType(String name,"),
                result.files().keySet().toString());
        assertTrue(
                result.files().get("com/example/db/Queries.java").contains("List<ProfileSelectorType> getSelectors("),
                result.files().get("com/example/db/Queries.java"));
    }

    @Test
    void aCompositeIsARecordReadAndBoundAsItsRowLiteral() {
        CodegenResult result = generate(
                List.of(),
                composite("item", "inventory_item", ITEM, false),
                composite("items", "inventory_item", ITEM, true),
                shipment());
        assertEquals(
                List.of(), result.diagnostics().stream().map(Diagnostic::format).toList());
        String record = result.files().get("com/example/db/InventoryItem.java");
        assertTrue(
                record.contains("public record InventoryItem(String name, Integer supplierId, BigDecimal price,"
                        + " LocalDate made)"),
                record);
        assertTrue(
                result.files()
                        .get("com/example/db/Shipment.java")
                        .contains("record Shipment(InventoryItem item, Long qty)"),
                result.files().get("com/example/db/Shipment.java"));
        String row = result.files().get("com/example/db/GetItemsRow.java");
        assertTrue(row.contains("InventoryItem item, List<InventoryItem> items, Shipment ship"), row);
        String queries = result.files().get("com/example/db/Queries.java");
        assertTrue(queries.contains("SqljSupport.formatInventoryItem(item), Types.OTHER)"), queries);
        assertTrue(queries.contains("SqljSupport.readInventoryItem(_rs, 1)"), queries);
        String support = result.files().get("com/example/db/SqljSupport.java");
        for (String helper : List.of(
                "static List<String> compositeFields(",
                "static String compositeLiteral(String... fields)",
                "static InventoryItem parseInventoryItem(String text)",
                "static Shipment parseShipment(String text)",
                "static LocalDate pgDate(String text)")) {
            assertTrue(support.contains(helper), helper + " in\n" + support);
        }
        assertFalse(support.contains("pgTimetz"), "only the helpers the attributes need");
    }

    @Test
    void anOverrideOfTheCompositeWinsAndNoRecordIsMade() {
        CodegenResult result = generate(
                List.of(Map.of(
                        "db_type",
                        "inventory_item",
                        "java_type",
                        "com.acme.Item",
                        "converter",
                        "com.acme.ItemConverter")),
                composite("item", "inventory_item", ITEM, false));
        assertEquals(
                List.of(), result.diagnostics().stream().map(Diagnostic::format).toList());
        assertFalse(
                result.files().containsKey("com/example/db/InventoryItem.java"),
                result.files().keySet()::toString);
        String queries = result.files().get("com/example/db/Queries.java");
        assertTrue(queries.contains("ItemConverter.toDb(item), Types.OTHER)"), queries);
    }

    @Test
    void anAttributeWithoutMappingRefusesTheCompositeNamingTheOverride() {
        Column located = composite(
                "loc", "place", List.of(attribute("name", "text", "VARCHAR"), attribute("p", "point", "OTHER")), false);
        CodegenResult result = generate(List.of(), located);
        String errors = String.join(
                "\n", result.diagnostics().stream().map(Diagnostic::format).toList());
        assertTrue(
                errors.contains("unknown type \"place\" (a composite type whose attribute \"p\" of type \"point\""
                        + " has no mapping) for column \"loc\""),
                errors);
        assertTrue(errors.contains("{db_type: \"place\", java_type: <a Java type>}"), errors);

        Column tagged = composite(
                "tg",
                "tagged",
                List.of(Column.newBuilder()
                        .setName("tags")
                        .setDataType("text[]")
                        .setJdbcType("VARCHAR")
                        .setIsArray(true)
                        .setArrayDims(1)
                        .setNullable(true)
                        .build()),
                false);
        errors = String.join(
                "\n",
                generate(List.of(), tagged).diagnostics().stream()
                        .map(Diagnostic::format)
                        .toList());
        assertTrue(errors.contains("attribute \"tags\" of type \"text[]\" is an array"), errors);
    }

    @Test
    void withoutAttributesTheTextFormStaysAString() {
        Column bare = composite("item", "inventory_item", List.of(), false);
        CodegenResult result = new JavaGenerator()
                .generate(Fixtures.request(
                        Fixtures.options("package", "com.example.db"),
                        List.of(query("GetItem", Command.MANY, "SELECT item FROM t")
                                .column(bare)
                                .build())));
        assertEquals(
                List.of(), result.diagnostics().stream().map(Diagnostic::format).toList());
        assertTrue(
                result.files().get("com/example/db/Queries.java").contains("public List<String> getItem()"),
                result.files().get("com/example/db/Queries.java"));
    }
}
