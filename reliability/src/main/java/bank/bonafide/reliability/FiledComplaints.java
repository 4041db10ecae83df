package bank.bonafide.reliability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;

/**
 * What the database holds of the complaints a drill filed (their descriptions start with the drill's mark): R1 and R8
 * both check that every acknowledged complaint is stored and that its outbox event had its effect exactly once.
 */
final class FiledComplaints {

    private final Connection db;
    private final String mark;

    FiledComplaints(Connection db, String mark) {
        this.db = db;
        this.mark = mark;
    }

    long stored() throws SQLException {
        return count(db, "SELECT COUNT(*) FROM complaints_complaint WHERE description LIKE '" + mark + "%'");
    }

    /** Of {@code references} (answered 201), how many are not stored. */
    long notStored(Collection<String> references) throws SQLException {
        long missing = 0;
        try (PreparedStatement exists = db.prepareStatement("SELECT COUNT(*) FROM complaints_complaint WHERE reference = ?")) {
            for (String reference : references) {
                exists.setString(1, reference);
                try (ResultSet rs = exists.executeQuery()) {
                    rs.next();
                    missing += rs.getLong(1) == 1 ? 0 : 1;
                }
            }
        }
        return missing;
    }

    /** Stored complaints whose event never opened their liability assessment (an effect lost). */
    long withoutAssessment() throws SQLException {
        return count(db, "SELECT COUNT(*) FROM complaints_complaint c WHERE c.description LIKE '" + mark
                + "%' AND NOT EXISTS (SELECT 1 FROM compensation_liability_assessment a WHERE a.complaint_id = c.id)");
    }

    /** Stored complaints with more than one assessment (an effect repeated by a redelivery). */
    long withRepeatedAssessment() throws SQLException {
        return count(db, "SELECT COUNT(*) FROM (SELECT a.complaint_id FROM compensation_liability_assessment a "
                + "JOIN complaints_complaint c ON c.id = a.complaint_id WHERE c.description LIKE '" + mark
                + "%' GROUP BY a.complaint_id HAVING COUNT(*) > 1) d");
    }

    static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
