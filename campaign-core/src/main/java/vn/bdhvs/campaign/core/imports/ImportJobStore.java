package vn.bdhvs.campaign.core.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.bdhvs.campaign.core.common.SheetReader;
import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.common.Message;
import vn.bdhvs.campaign.core.geography.UnitScope;

/**
 * The import jobs, their row errors and the saved mappings. Every read is limited to the caller's
 * scope: a job is seen within the province or commune it was uploaded in (all of them for a
 * national scope), as a unit is.
 */
@Repository
class ImportJobStore {

    private static final String COLUMNS = """
            id, kind, file_name, content_type, content_sha256, content_size, username, header::text, mapping::text,
            status, valid_only, rows_total, rows_done, created, updated, unchanged, error_rows, failure_code,
            failure_args::text, sheet_name, sheet_count, uploaded_at, checked_at, committed_by, committed_at,
            finished_at, content_erased_at, version
            """;

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private static final TypeReference<Map<String, Integer>> COLUMN_MAP = new TypeReference<>() {
    };

    private static final TypeReference<Map<String, String>> HEADER_MAP = new TypeReference<>() {
    };

    private static final TypeReference<List<Object>> ARGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    private final JdbcTemplate template;

    private final JsonMapper json;

    ImportJobStore(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    /** A new job, ready for its mapping to be confirmed. */
    long insert(Actor actor, ImportKind kind, String fileName, byte[] content, String sha256, ImportPreview preview,
            int rowsTotal, Instant now) {
        UnitScope scope = actor.scope();
        return jdbc.sql("""
                insert into import_job (kind, file_name, content_type, content_sha256, content_size, content, username,
                    scope_level, province_id, commune_id, header, mapping, status, rows_total, sheet_name, sheet_count,
                    uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), 'READY', ?, ?, ?, ?)
                returning id
                """).params(kind.name(), fileName, SheetReader.isWorkbook(content) ? "XLSX" : "CSV", sha256,
                content.length, content, actor.username(), scope.level().name(), scope.provinceId(), scope.communeId(),
                json.writeValueAsString(preview.header()), json.writeValueAsString(preview.mapping().columns()),
                rowsTotal, preview.sheetName(), preview.sheetCount(), utc(now)).query(Long.class).single();
    }

    Optional<ImportJob> find(Actor actor, long id) {
        Visible visible = visible(actor);
        return jdbc.sql("select " + COLUMNS + " from import_job where id = ? and " + visible.sql())
                .params(params(id, visible)).query((rs, n) -> job(rs)).optional();
    }

    /** The jobs the caller can see, newest first. */
    List<ImportJob> history(Actor actor, int limit) {
        Visible visible = visible(actor);
        return jdbc.sql("select " + COLUMNS + " from import_job where " + visible.sql()
                + " order by uploaded_at desc, id desc limit ?").params(params(visible, limit))
                .query((rs, n) -> job(rs)).list();
    }

    /** Earlier jobs of the same file (same SHA-256) that the caller can see, newest first. */
    List<ImportJob> sameFile(Actor actor, ImportJob job) {
        Visible visible = visible(actor);
        return jdbc.sql("select " + COLUMNS + " from import_job where content_sha256 = ? and id < ? and "
                + visible.sql() + " order by id desc limit 5").params(params(job.sha256(), job.id(), visible))
                .query((rs, n) -> job(rs)).list();
    }

    /** The uploaded file, empty once erased. */
    Optional<byte[]> content(long id) {
        return jdbc.sql("select content from import_job where id = ? and content is not null").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Erases the files uploaded before {@code before}, except those of running jobs; returns how many. */
    int eraseFiles(Instant before, Instant now) {
        return jdbc.sql("""
                update import_job set content = null, content_erased_at = ?
                where content is not null and uploaded_at < ? and status not in ('CHECKING', 'IMPORTING')
                """).params(utc(now), utc(before)).update();
    }

    void setMapping(long id, ColumnMapping mapping) {
        jdbc.sql("update import_job set mapping = cast(? as jsonb), version = version + 1 where id = ?")
                .params(json.writeValueAsString(mapping.columns()), id).update();
    }

    /**
     * Moves the job to {@code to} if it is still in one of {@code from} at {@code version}: false
     * when someone else moved it first (a second click, another tab).
     */
    boolean move(long id, long version, List<ImportJobStatus> from, ImportJobStatus to, boolean validOnly,
            String committedBy) {
        return jdbc.sql("""
                update import_job set status = ?, rows_done = 0, valid_only = ?, failure_code = null,
                    failure_args = null, committed_by = coalesce(?, committed_by), version = version + 1
                where id = ? and version = ? and status = any(?)
                """).params(to.name(), validOnly, committedBy, id, version,
                from.stream().map(Enum::name).toArray(String[]::new)).update() == 1;
    }

    void progress(long id, int rowsDone) {
        jdbc.sql("update import_job set rows_done = ? where id = ?").params(rowsDone, id).update();
    }

    /** The outcome of a check ({@code CHECKED}) or an import ({@code IMPORTED}), with its errors. */
    void finish(long id, ImportOutcome outcome, ImportJobStatus status, Instant now) {
        jdbc.sql("""
                update import_job set status = ?, rows_done = ?, created = ?, updated = ?, unchanged = ?, error_rows = ?,
                    checked_at = case when ? = 'CHECKED' then ? else checked_at end,
                    committed_at = case when ? = 'IMPORTED' then ? else committed_at end,
                    finished_at = ?, version = version + 1
                where id = ?
                """).params(status.name(), outcome.rows(), outcome.created(), outcome.updated(), outcome.unchanged(),
                outcome.errorRows(), status.name(), utc(now), status.name(), utc(now), utc(now), id).update();
        jdbc.sql("delete from import_row_error where job_id = ?").param(id).update();
        List<Object[]> rows = new ArrayList<>(outcome.errors().size());
        int seq = 0;
        for (RowError error : outcome.errors()) {
            rows.add(new Object[] { id, seq++, error.row(), cut(error.column(), 200), cut(error.value(), 300),
                    error.code(), json.writeValueAsString(error.args()) });
        }
        template.batchUpdate("""
                insert into import_row_error (job_id, seq, row_number, column_name, cell_value, code, args)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb))
                """, rows);
    }

    void fail(long id, Message reason, Instant now) {
        jdbc.sql("""
                update import_job set status = 'FAILED', failure_code = ?, failure_args = cast(? as jsonb),
                    finished_at = ?, version = version + 1
                where id = ?
                """).params(reason.code(), json.writeValueAsString(reason.args()), utc(now), id).update();
    }

    /** Marks the jobs left running (by a stop or a crash) as failed; returns how many. */
    int failRunning(Message reason, Instant now) {
        return jdbc.sql("""
                update import_job set status = 'FAILED', failure_code = ?, failure_args = cast(? as jsonb),
                    finished_at = ?, version = version + 1
                where status in ('CHECKING', 'IMPORTING')
                """).params(reason.code(), json.writeValueAsString(reason.args()), utc(now)).update();
    }

    List<RowError> errors(long id, int offset, int limit) {
        return jdbc.sql("""
                select row_number, column_name, cell_value, code, args::text from import_row_error
                where job_id = ? order by seq offset ? limit ?
                """).params(id, offset, limit).query((rs, n) -> new RowError(rs.getInt(1), rs.getString(2),
                rs.getString(3), rs.getString(4), json.readValue(rs.getString(5), ARGS))).list();
    }

    int errorCount(long id) {
        return jdbc.sql("select count(*) from import_row_error where job_id = ?").param(id).query(Integer.class)
                .single();
    }

    void saveMapping(Actor actor, ImportKind kind, String name, Map<String, String> headers, Instant now) {
        jdbc.sql("""
                insert into import_mapping (username, kind, name, columns, saved_at) values (?, ?, ?, cast(? as jsonb), ?)
                on conflict (username, kind, name) do update set columns = excluded.columns, saved_at = excluded.saved_at
                """).params(actor.username(), kind.name(), name, json.writeValueAsString(headers), utc(now)).update();
    }

    /** The caller's saved mappings of a kind by name: field key to the file's header. */
    Map<String, Map<String, String>> mappings(Actor actor, ImportKind kind) {
        Map<String, Map<String, String>> mappings = new LinkedHashMap<>();
        jdbc.sql("select name, columns::text from import_mapping where username = ? and kind = ? order by name")
                .params(actor.username(), kind.name())
                .query(rs -> {
                    mappings.put(rs.getString(1), json.readValue(rs.getString(2), HEADER_MAP));
                });
        return mappings;
    }

    private ImportJob job(ResultSet rs) throws SQLException {
        String failureCode = rs.getString("failure_code");
        return new ImportJob(rs.getLong("id"), ImportKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
                rs.getString("content_type").equals("XLSX"), rs.getString("content_sha256"), rs.getLong("content_size"),
                rs.getString("username"), json.readValue(rs.getString("header"), STRINGS),
                new ColumnMapping(json.readValue(rs.getString("mapping"), COLUMN_MAP)),
                ImportJobStatus.valueOf(rs.getString("status")), rs.getBoolean("valid_only"), rs.getInt("rows_total"),
                rs.getInt("rows_done"), (Integer) rs.getObject("created"), (Integer) rs.getObject("updated"),
                (Integer) rs.getObject("unchanged"), (Integer) rs.getObject("error_rows"),
                failureCode == null ? null
                        : new Message(failureCode, json.readValue(rs.getString("failure_args"), ARGS)),
                rs.getString("sheet_name"), rs.getInt("sheet_count"), instant(rs, "uploaded_at"),
                instant(rs, "checked_at"), rs.getString("committed_by"), instant(rs, "committed_at"),
                instant(rs, "finished_at"), instant(rs, "content_erased_at"), rs.getLong("version"));
    }

    /** The condition on a job's scope columns for the caller, with its parameters. */
    private record Visible(String sql, List<Object> params) {
    }

    private static Visible visible(Actor actor) {
        UnitScope scope = actor.scope();
        return switch (scope.level()) {
            case NATION -> new Visible("true", List.of());
            case PROVINCE -> new Visible("province_id = ?", List.of(scope.provinceId()));
            case COMMUNE -> new Visible("commune_id = ?", List.of(scope.communeId()));
        };
    }

    private static Object[] params(Object... values) {
        List<Object> all = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof Visible visible) {
                all.addAll(visible.params());
            }
            else {
                all.add(value);
            }
        }
        return all.toArray();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
