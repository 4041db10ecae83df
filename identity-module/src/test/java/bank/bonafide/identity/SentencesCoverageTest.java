package bank.bonafide.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bank.bonafide.identity.access.boundary.GrantStep;
import bank.bonafide.identity.access.boundary.RoleGrants;
import bank.bonafide.identity.access.entity.RoleGrant;
import bank.bonafide.identity.customer.boundary.CustomerRecords;
import bank.bonafide.identity.customer.boundary.RecordRead;
import bank.bonafide.identity.customer.boundary.StaffAccess;
import bank.bonafide.identity.evidence.boundary.EvidenceExport;
import bank.bonafide.identity.evidence.boundary.EvidenceExports;
import bank.bonafide.identity.evidence.boundary.ExportStep;
import bank.bonafide.identity.evidence.entity.ExportApproval;
import bank.bonafide.identity.session.boundary.VerificationSessions;
import bank.bonafide.platform.text.SentenceCoverage;
import bank.bonafide.platform.text.Sentences;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SentencesCoverageTest {

    @Test
    void everySentenceSaidIsInBothLanguages() {
        assertThat(SentenceCoverage.problems(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void placeholdersAreFilledInEitherLanguage() {
        Sentences grants = Sentences.of(RoleGrants.class);
        assertThat(grants.sayIn(Locale.ROOT, "grant.alreadyHolds", "li.na", "ADMIN")).isEqualTo("li.na already holds ADMIN.");
        assertThat(grants.sayIn(Locale.SIMPLIFIED_CHINESE, "grant.alreadyHolds", "li.na", "ADMIN")).isEqualTo("li.na 已拥有角色 ADMIN。");
        Sentences records = Sentences.of(CustomerRecords.class);
        assertThat(records.sayIn(Locale.ROOT, "record.suspended", 51, 50, "CN-13")).isEqualTo("You opened 51 customer records without a "
                + "case within a day, above the limit of 50 (CN-13). Your login is suspended; compliance has been told.");
        assertThat(records.sayIn(Locale.SIMPLIFIED_CHINESE, "record.suspended", 51, 50, "CN-13"))
                .isEqualTo("您在一天内未关联案件查阅了 51 条客户记录，超过 50 条的上限（CN-13）。您的登录账号已被暂停，合规部门已收到通知。");
        assertThat(Sentences.of(VerificationSessions.class).sayIn(Locale.SIMPLIFIED_CHINESE, "session.expired"))
                .isEqualTo("该核验会话已过期，请重新开启核验会话。");
        Sentences approvals = Sentences.of(ExportApproval.class);
        assertThat(approvals.sayIn(Locale.ROOT, "export.rejectedBy", "admin.sun")).isEqualTo("The export was rejected by admin.sun.");
        assertThat(approvals.sayIn(Locale.SIMPLIFIED_CHINESE, "export.rejectedBy", "admin.sun")).isEqualTo("该导出已被 admin.sun 驳回。");
    }

    @Test
    void withoutAPageTheBoundariesRefuseInTodaysEnglish() {
        RoleGrants grants = new RoleGrants();
        assertThat(grants.request("li.na", "ADMIN", RoleGrant.Change.GRANT, "joins", "admin.sun", Set.of("BACK_OFFICE")))
                .isEqualTo(new GrantStep.Refused("Only an administrator changes staff roles."));
        assertThat(grants.request("li.na", "NOT_A_ROLE", RoleGrant.Change.GRANT, "joins", "admin.sun", Set.of("ADMIN")))
                .isEqualTo(new GrantStep.Refused("'NOT_A_ROLE' is not a role of the role definition."));
        assertThat(grants.request("admin.sun", "BACK_OFFICE", RoleGrant.Change.GRANT, "joins", "admin.sun", Set.of("ADMIN")))
                .isEqualTo(new GrantStep.Refused("You cannot change your own roles; ask another administrator."));

        EvidenceExports exports = new EvidenceExports();
        assertThat(exports.requestExport(UUID.randomUUID(), EvidenceExport.Format.PDF, "compliance.zhao", " ")).isEqualTo(
                new ExportStep.Refused("An export needs a purpose of up to 200 characters: the case or request it is for."));
        assertThat(exports.requestExport(UUID.randomUUID(), null, "compliance.zhao", "court case 2021-0042"))
                .isEqualTo(new ExportStep.Refused("Choose JSON or PDF."));

        ExportApproval export = new ExportApproval(UUID.randomUUID(), "PDF", "court case 2021-0042", "compliance.zhao", Instant.now());
        assertThat(export.refusalFor("compliance.zhao")).hasValue("You asked for this export; a second person must decide it.");
        export.reject("admin.sun", Instant.now());
        assertThat(export.collectionRefusalFor("compliance.zhao")).hasValue("The export was rejected by admin.sun.");
        assertThat(export.refusalFor("admin.qian")).hasValue("This export request is already rejected.");

        assertThat(new CustomerRecords().unmask("C-1", CustomerRecords.Field.ID_NUMBER, new StaffAccess("zhao", " ", "CP-1")))
                .isEqualTo(new RecordRead.Refused("Say why you need the full ID number: it is logged with your name."));
    }

    @Test
    void aFieldReadsInTheSentencesLanguageWithTheLoggedWordsInEnglish() {
        Sentences records = Sentences.of(CustomerRecords.class);
        assertThat(records.sayIn(Locale.ROOT, "record.unmaskNeedsPurpose", records.sayIn(Locale.ROOT, "field.phone")))
                .isEqualTo("Say why you need the full phone: it is logged with your name.");
        assertThat(records.sayIn(Locale.SIMPLIFIED_CHINESE, "record.unmaskNeedsPurpose", records.sayIn(Locale.SIMPLIFIED_CHINESE, "field.phone")))
                .isEqualTo("请说明您需要查看完整手机号码的原因：该操作将连同您的姓名一并记录。");
    }
}
