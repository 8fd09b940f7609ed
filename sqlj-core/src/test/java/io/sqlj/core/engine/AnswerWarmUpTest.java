package io.sqlj.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sqlj.engine.v1.ParseResponse;
import org.junit.jupiter.api.Test;

class AnswerWarmUpTest {

    @Test
    void theSampleGoesThroughDecodingAndEveryCheck() {
        assertEquals(2, AnswerWarmUp.run());
    }

    @Test
    void theSampleIsWalkedAndHasEveryMessageType() {
        ParseResponse first = AnswerWarmUp.sample().getResponses(0);
        assertTrue(first.getSerializedSize() > FieldLimits.SMALL, "the field walk runs over it");
        for (var field : ParseResponse.getDescriptor().getFields()) {
            if (field.getJavaType() == com.google.protobuf.Descriptors.FieldDescriptor.JavaType.MESSAGE
                    && !field.getName().equals("catalog")) {
                assertTrue(
                        field.isRepeated() ? first.getRepeatedFieldCount(field) > 0 : first.hasField(field),
                        field.getName());
            }
        }
        assertTrue(AnswerWarmUp.sample().getCatalog().getSerializedSize() > FieldLimits.SMALL, "the catalog too");
        assertEquals(
                java.util.Optional.empty(),
                FieldLimits.firstExcess(AnswerWarmUp.sample().getCatalog(), 0));
        assertTrue(AnswerWarmUp.sample().getCatalog().getTablesCount() > 0);
        assertTrue(AnswerWarmUp.sample().getCatalog().getEnumsCount() > 0);
    }
}
