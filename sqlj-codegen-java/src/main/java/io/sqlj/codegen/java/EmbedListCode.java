package io.sqlj.codegen.java;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.sqlj.codegen.java.QueryModel.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Reads the rows of a query with a {@code sqlj.embed_list(table)}: rows with the same value of
 * the first {@code sqlj.embed} become one result, in the order the values first appear, whose
 * list holds the table's record of each row; a row whose list columns are all NULL (the outer
 * join found nothing) adds nothing, so such a parent has an empty list.
 */
final class EmbedListCode {

    private EmbedListCode() {}

    /**
     * Declares {@code _rows}, the grouped results of {@code _ps}, inside an open try on {@code _rs}
     * that the caller closes.
     *
     * @param read the expression reading one component at a 1-based column index
     */
    static CodeBlock rows(
            QueryModel query, GeneratedSupport support, JdbcCode jdbc, BiFunction<Field, Integer, CodeBlock> read) {
        List<Field> fields = query.columns();
        int keyField = -1;
        for (int i = 0; i < fields.size() && keyField < 0; i++) {
            if (fields.get(i) instanceof QueryModel.Embed e && !e.list()) {
                keyField = i;
            }
        }
        TypeName row = query.rowType();
        TypeName key = fields.get(keyField).javaType();
        List<CodeBlock> first = new ArrayList<>();
        List<CodeBlock> copy = new ArrayList<>();
        CodeBlock.Builder addChild = CodeBlock.builder();
        int index = 1;
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            if (field instanceof QueryModel.Embed embed && embed.list()) {
                first.add(CodeBlock.of("new $T<>()", ArrayList.class));
                copy.add(CodeBlock.of("$T.copyOf(_group.$L())", List.class, field.name()));
                addChild.beginControlFlow("if (!$L(_rs, $L, $L))", support.allNull(), index, field.width())
                        .addStatement(
                                "_row.$L().add($L(_rs, $L))",
                                field.name(),
                                support.readModel(embed.model(), jdbc),
                                index)
                        .endControlFlow();
            } else {
                first.add(i == keyField ? CodeBlock.of("_key") : read.apply(field, index));
                copy.add(CodeBlock.of("_group.$L()", field.name()));
            }
            index += field.width();
        }
        return CodeBlock.builder()
                .addStatement(
                        "$T _groups = new $T<>()",
                        ParameterizedTypeName.get(com.palantir.javapoet.ClassName.get(Map.class), key.box(), row),
                        LinkedHashMap.class)
                .beginControlFlow("while (_rs.next())")
                .addStatement("$T _key = $L", key, read.apply(fields.get(keyField), startOf(fields, keyField)))
                .addStatement("$T _row = _groups.get(_key)", row)
                .beginControlFlow("if (_row == null)")
                .addStatement("_row = new $T($L)", row, CodeBlock.join(first, ",$W"))
                .addStatement("_groups.put(_key, _row)")
                .endControlFlow()
                .add(addChild.build())
                .endControlFlow()
                .addStatement("$T<$T> _rows = new $T<>(_groups.size())", List.class, row, ArrayList.class)
                .beginControlFlow("for ($T _group : _groups.values())", row)
                .addStatement("_rows.add(new $T($L))", row, CodeBlock.join(copy, ",$W"))
                .endControlFlow()
                .build();
    }

    private static int startOf(List<Field> fields, int field) {
        int index = 1;
        for (int i = 0; i < field; i++) {
            index += fields.get(i).width();
        }
        return index;
    }
}
