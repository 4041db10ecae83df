package bank.bonafide.complaints.complaint.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseSearchTest {

    @Test
    void sortingByTheColumnTheFilterFixesOrdersByDeadlineInstead() {
        CaseSearch byCategory = new CaseSearch(true, null, null, null, "LOAN_NOT_TAKEN", null, null, CaseSearch.Sort.CATEGORY, true);
        assertThat(byCategory.sort()).isEqualTo(CaseSearch.Sort.DEADLINE);
        assertThat(byCategory.descending()).isFalse();

        CaseSearch otherColumn = new CaseSearch(true, null, null, null, "LOAN_NOT_TAKEN", null, null, CaseSearch.Sort.RECEIVED, true);
        assertThat(otherColumn.sort()).isEqualTo(CaseSearch.Sort.RECEIVED);
        assertThat(otherColumn.descending()).isTrue();
    }

    @Test
    void aTableMaySortOnlyByTheRegisterIndexColumns() {
        assertThat(CaseSearch.Sort.ofField("received")).contains(CaseSearch.Sort.RECEIVED);
        assertThat(CaseSearch.Sort.ofField(" Deadline ")).contains(CaseSearch.Sort.DEADLINE);
        assertThat(CaseSearch.Sort.ofField("reference")).as("references walk the whole register").isEmpty();
        assertThat(CaseSearch.Sort.ofField("description; DROP TABLE")).isEmpty();
    }
}
