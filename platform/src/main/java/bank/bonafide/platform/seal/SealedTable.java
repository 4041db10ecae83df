package bank.bonafide.platform.seal;

import java.util.List;

/**
 * A table whose rows are sealed: its name, its key column and the columns that are a row's content. The content
 * columns are the ones a row is written with and never changed afterwards; a column added later is left out, so
 * that old seals stay valid. Every sealed table has the columns {@code seal_position} (unique), {@code
 * previous_seal} and {@code seal}, added by its module's migration.
 */
public record SealedTable(String table, String idColumn, List<String> contentColumns) {

    public SealedTable {
        for (String name : concat(table, idColumn, contentColumns)) {
            // Names go into SQL: only plain identifiers, fixed in the code, never input.
            if (!name.matches("[a-z][a-z0-9_]{0,63}")) {
                throw new IllegalArgumentException("not a plain SQL identifier: " + name);
            }
        }
        contentColumns = List.copyOf(contentColumns);
    }

    public static SealedTable of(String table, String idColumn, String... contentColumns) {
        return new SealedTable(table, idColumn, List.of(contentColumns));
    }

    private static List<String> concat(String table, String id, List<String> columns) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(columns);
        all.add(table);
        all.add(id);
        return all;
    }
}
