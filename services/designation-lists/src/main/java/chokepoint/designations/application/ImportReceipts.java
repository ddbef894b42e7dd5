package chokepoint.designations.application;

import chokepoint.designations.domain.imports.ImportFormat;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Receipts of imports (table {@code import_receipt}): the same file imported again while nothing
 * has been written to its lists since is answered "unchanged" from the receipt, without parsing
 * and comparing the file again. Correct because an import of a file F onto the state F itself
 * produced changes nothing; the receipt only applies while the newest version of every list the
 * file holds is still the one F's import left (any later import or agency write makes the next
 * import of F compare in full). An import that needed its force (an older snapshot, or an
 * implausible removal) leaves no receipt, so the same file without force is refused again.
 */
@ApplicationScoped
public class ImportReceipts {

    private record ListLine(String list, String latestVersion, String reportedVersion, LocalDate effectiveOn, int entries) {
    }

    @Inject
    AgroalDataSource dataSource;

    /**
     * The outcome of importing the file again, or null when the receipt is missing or no longer
     * applies (then the file must be imported in full). The caller's right to write every list of
     * the file is checked as for an import. Confirms the lists as current (their freshness clock
     * restarts), as a full import of an unchanged file does.
     */
    ListImporter.Outcome replay(String receiptKey, Predicate<String> mayWrite) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                ListImporter.Outcome o = replay(c, receiptKey, mayWrite);
                c.commit();
                return o;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            // the receipt is a shortcut: without it the file is imported in full, which decides correctly
            org.jboss.logging.Logger.getLogger(ImportReceipts.class).warn("import receipt not readable; importing in full", e);
            return null;
        }
    }

    private ListImporter.Outcome replay(Connection c, String receiptKey, Predicate<String> mayWrite) throws SQLException {
        String lines;
        String warnings;
        Instant recordedAt;
        try (PreparedStatement q = c.prepareStatement("select lists, warnings, recorded_at from import_receipt where receipt_key = ?")) {
            q.setString(1, receiptKey);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                lines = rs.getString(1);
                warnings = rs.getString(2);
                recordedAt = rs.getTimestamp(3).toInstant();
            }
        }
        List<ListLine> lists = parse(lines);
        if (lists.isEmpty()) {
            return null;
        }
        String[] ids = new String[lists.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = lists.get(i).list();
            if (!mayWrite.test(ids[i])) {
                return null; // the full import refuses it, with the reason
            }
        }
        // the same lock an import takes, in the same (sorted) order: no import of these lists runs meanwhile
        try (PreparedStatement lock = c.prepareStatement("select id from list_def where id = any(?) order by id for update")) {
            lock.setArray(1, c.createArrayOf("text", ids));
            lock.executeQuery().close();
        }
        Map<String, String> newest = newestVersions(c, ids);
        for (ListLine l : lists) {
            if (!l.latestVersion().equals(newest.get(l.list()))) {
                return null;
            }
        }
        try (PreparedStatement u = c.prepareStatement("update list_version set checked_at = now() where id = any(?)")) {
            u.setArray(1, c.createArrayOf("text", lists.stream().map(ListLine::reportedVersion).toArray()));
            u.executeUpdate();
        }
        List<ListImporter.ListOutcome> out = new ArrayList<>();
        for (ListLine l : lists) {
            out.add(new ListImporter.ListOutcome(l.list(), l.reportedVersion(), l.effectiveOn(), 0, 0, 0, l.entries(), false));
        }
        List<String> w = new ArrayList<>();
        if (!warnings.isEmpty()) {
            w.addAll(List.of(warnings.split("\n")));
        }
        w.add("the same file as the import of " + recordedAt + "; its lists are unchanged since, so it was not compared again");
        return new ListImporter.Outcome(out, w);
    }

    /** Records what the import in progress on {@code c} left, inside its transaction. */
    void record(Connection c, String receiptKey, String checksum, ImportFormat format, LocalDate effectiveOn,
                List<ListImporter.ListOutcome> outcomes, List<String> warnings) throws SQLException {
        String[] ids = outcomes.stream().map(ListImporter.ListOutcome::list).toArray(String[]::new);
        Map<String, String> newest = newestVersions(c, ids);
        StringBuilder lines = new StringBuilder();
        for (ListImporter.ListOutcome o : outcomes) {
            String latest = newest.get(o.list());
            if (latest == null || o.versionId().isEmpty()) {
                return; // a list without any version: nothing to compare with later, so no receipt
            }
            lines.append(o.list()).append('\t').append(latest).append('\t').append(o.versionId()).append('\t')
                    .append(o.effectiveOn()).append('\t').append(o.added() + o.changed() + o.unchanged()).append('\n');
        }
        try (PreparedStatement u = c.prepareStatement("insert into import_receipt (receipt_key, checksum, format, effective_on, lists, "
                + "warnings, recorded_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (receipt_key) do update set lists = excluded.lists, "
                + "warnings = excluded.warnings, recorded_at = excluded.recorded_at")) {
            u.setString(1, receiptKey);
            u.setString(2, checksum);
            u.setString(3, format.name());
            u.setDate(4, Date.valueOf(effectiveOn));
            u.setString(5, lines.toString());
            u.setString(6, String.join("\n", warnings.stream().map(x -> x.replace('\n', ' ')).toList()));
            u.setTimestamp(7, Timestamp.from(Instant.now()));
            u.executeUpdate();
        }
    }

    /** The newest version of each list, of any format (imports and agency writes alike). */
    private static Map<String, String> newestVersions(Connection c, String[] lists) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("select distinct on (list_id) list_id, id from list_version "
                + "where list_id = any(?) order by list_id, loaded_at desc, id desc")) {
            q.setArray(1, c.createArrayOf("text", lists));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    private static List<ListLine> parse(String lines) {
        List<ListLine> out = new ArrayList<>();
        for (String line : lines.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 5) {
                return List.of(); // not a receipt this version wrote: import in full
            }
            out.add(new ListLine(f[0], f[1], f[2], LocalDate.parse(f[3]), Integer.parseInt(f[4])));
        }
        return out;
    }
}
