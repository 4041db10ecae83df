package bank.bonafide.platform.rules;

import bank.bonafide.platform.digest.Sha256;

import bank.bonafide.platform.persistence.ApplicationDataSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The rule packs in effect: the shipped ones plus the versions an ADMIN loaded (table
 * {@code platform_rule_pack}, append-only).
 *
 * <p>Invariant: loading never changes a decision already made. A loaded version may not take effect
 * before tomorrow (in its own time zone), so every instant already past keeps the pack it had, and
 * decisions store the pack id and version and the deadline they computed rather than recomputing.
 */
public final class RulePackLibrary {

    private static final Logger LOG = Logger.getLogger(RulePackLibrary.class.getName());
    private static final long REFRESH_MILLIS = 60_000;
    private static volatile RulePacks current;
    private static volatile long loadedAtMillis;

    private RulePackLibrary() {
    }

    /**
     * The jurisdiction whose rules apply here ({@code bonafide.jurisdiction}, default CN). A customer's
     * own jurisdiction comes with the customer record.
     */
    public static String jurisdiction() {
        return org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("bonafide.jurisdiction", String.class).orElse("CN");
    }

    /** The pack of this bank's jurisdiction in force at {@code at}. */
    public static RulePack inForce(Instant at) {
        return inEffect().inForce(jurisdiction(), at);
    }

    /** The packs in effect on this server (refreshed from the database at most once a minute). */
    public static RulePacks inEffect() {
        RulePacks packs = current;
        if (packs == null || System.currentTimeMillis() - loadedAtMillis > REFRESH_MILLIS) {
            packs = RulePacks.with(RulePacks.shipped(), stored());
            current = packs;
            loadedAtMillis = System.currentTimeMillis();
        }
        return packs;
    }

    /**
     * Validates and stores a new pack version.
     *
     * @throws RulePackException naming the file, field and problem when the pack is invalid, clashes
     *                           with the packs in effect, or would take effect before tomorrow
     */
    public static RulePack load(String fileName, String json, String loadedBy) {
        if (fileName.length() > 200) {
            throw new RulePackException("the file name is longer than 200 characters");
        }
        String file = "upload:" + fileName;
        RulePack pack = RulePackReader.read(file, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        LocalDate tomorrow = LocalDate.now(pack.calendar().zone()).plusDays(1);
        if (pack.effectiveFrom().isBefore(tomorrow)) {
            throw new RulePackException(file + ": effectiveFrom: must be " + tomorrow
                    + " or later: a loaded pack never applies to what has already happened");
        }
        RulePacks checked = RulePacks.with(inEffect(), List.of(pack));
        try (Connection c = ApplicationDataSource.lookup().getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO platform_rule_pack (pack_id, version, jurisdiction, "
                     + "effective_from, file_name, content, content_sha256, loaded_by, loaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, pack.id());
            insert.setInt(2, pack.version());
            insert.setString(3, pack.jurisdiction());
            insert.setObject(4, pack.effectiveFrom());
            insert.setString(5, fileName);
            insert.setString(6, json);
            insert.setString(7, Sha256.hex(json));
            insert.setString(8, loadedBy);
            insert.setObject(9, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            LOG.warning(() -> "rule pack " + pack.id() + " v" + pack.version() + " could not be stored: SQLState " + e.getSQLState());
            throw new RulePackException(file + ": could not be stored (the database refused it; see the server log)", e);
        }
        current = checked;
        loadedAtMillis = System.currentTimeMillis();
        LOG.info(() -> "rule pack " + pack.id() + " v" + pack.version() + " loaded by " + loadedBy + ", in force from "
                + pack.effectiveFrom());
        return pack;
    }

    private static List<RulePack> stored() {
        List<RulePack> packs = new ArrayList<>();
        try (Connection c = ApplicationDataSource.lookup().getConnection();
             PreparedStatement q = c.prepareStatement("SELECT file_name, content FROM platform_rule_pack ORDER BY pack_id, version");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                String json = rs.getString(2);
                packs.add(RulePackReader.read("stored:" + rs.getString(1),
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
            }
        } catch (SQLException e) {
            throw new RulePackException("the loaded rule packs could not be read (" + e.getClass().getSimpleName() + ")", e);
        }
        return packs;
    }

}
