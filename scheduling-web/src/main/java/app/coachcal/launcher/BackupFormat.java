package app.coachcal.launcher;

/**
 * The backup file of the embedded database: gzip-compressed UTF-8 text, written by
 * {@link DatabaseDump} and read by {@link DatabaseRestore}. The bundled PostgreSQL binaries have
 * no pg_dump, so the schema is named by its Flyway version (the migrations rebuild it) and the
 * rows are PostgreSQL's own COPY text format, which every major reads back unchanged.
 *
 * <pre>
 * coachcal-backup 1
 * schema-version	10
 * table	"public"."appointment"	"id","coach_id",…      (generated columns left out)
 * …rows as COPY text, one per line…
 * \.
 * rows	42
 * sequence	"public"."appointment_id_seq"	42	true
 * end
 * </pre>
 */
final class BackupFormat {

    static final String MAGIC = "coachcal-backup 1";
    static final String SCHEMA_VERSION = "schema-version";
    static final String TABLE = "table";
    static final String END_OF_ROWS = "\\.";
    static final String ROWS = "rows";
    static final String SEQUENCE = "sequence";
    static final String END = "end";
    static final String TAB = "\t";

    private BackupFormat() {
    }

    /** One table's heading: its quoted name and the quoted columns its rows hold, in order. */
    record Table(String name, String columns) {

        String copyFrom() {
            return "COPY " + name + " (" + columns + ") FROM STDIN";
        }

        String copyTo() {
            return "COPY " + name + " (" + columns + ") TO STDOUT";
        }
    }

    /** What a dump or a restore moved: to say so, and to compare both sides. */
    record Summary(String schemaVersion, int tables, long rows) {

        String describe() {
            return rows + " rows in " + tables + " tables (schema version " + schemaVersion + ")";
        }
    }
}
