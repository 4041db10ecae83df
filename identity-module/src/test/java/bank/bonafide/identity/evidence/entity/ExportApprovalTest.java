package bank.bonafide.identity.evidence.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExportApprovalTest {

    private static final Instant AT = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void onlyASecondPersonApprovesAndOnlyTheAskerCollectsOnce() {
        ExportApproval export = new ExportApproval(UUID.randomUUID(), "PDF", "court case 2021-0042", "compliance.zhao", AT);
        assertThat(export.collectionRefusalFor("compliance.zhao")).hasValueSatisfying(r -> assertThat(r).contains("waits"));
        assertThat(export.refusalFor("compliance.zhao")).hasValueSatisfying(r -> assertThat(r).contains("second person"));
        assertThat(export.refusalFor("admin.sun")).isEmpty();
        export.approve("admin.sun", AT);
        assertThat(export.collectionRefusalFor("admin.sun")).as("the approver does not collect")
                .hasValueSatisfying(r -> assertThat(r).contains("Only the person who asked"));
        assertThat(export.collectionRefusalFor("compliance.zhao")).isEmpty();
        export.collected(AT);
        assertThat(export.collectionRefusalFor("compliance.zhao")).hasValueSatisfying(r -> assertThat(r).contains("collected already"));
    }

    @Test
    void aRejectedExportIsNeverCollected() {
        ExportApproval export = new ExportApproval(UUID.randomUUID(), "JSON", "regulator request", "compliance.zhao", AT);
        export.reject("admin.sun", AT);
        assertThat(export.collectionRefusalFor("compliance.zhao")).hasValueSatisfying(r -> assertThat(r).contains("rejected by admin.sun"));
        assertThat(export.refusalFor("admin.qian")).isPresent();
    }
}
