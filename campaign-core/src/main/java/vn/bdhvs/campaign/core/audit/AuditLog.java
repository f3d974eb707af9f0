package vn.bdhvs.campaign.core.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who changed what, when, before → after. {@link #record} joins the caller's transaction, so an
 * entry exists exactly when the change it describes was committed.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    private final JsonMapper json;

    /** States read back with decimals as {@link java.math.BigDecimal}, as they were written. */
    private final ObjectReader stateReader;

    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.stateReader = json.readerFor(new TypeReference<Map<String, Object>>() {
        }).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String entityType, Object entityId, Object before, Object after) {
        jdbc.sql("""
                insert into audit_log (occurred_at, actor, action, entity_type, entity_id, before_state, after_state)
                values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))
                """)
                .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), actor, action, entityType,
                        String.valueOf(entityId), toJson(before), toJson(after))
                .update();
    }

    /** The entries of one entity, newest first, their states parsed once. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(String entityType, Object entityId) {
        return jdbc.sql("""
                select occurred_at, actor, action, entity_type, entity_id, before_state::text, after_state::text
                from audit_log where entity_type = ? and entity_id = ? order by occurred_at desc, id desc
                """).params(entityType, String.valueOf(entityId))
                .query((rs, n) -> new AuditEntry(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), fromJson(rs.getString(6)),
                        fromJson(rs.getString(7))))
                .list();
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private Map<String, Object> fromJson(String state) {
        return state == null ? null : stateReader.readValue(state);
    }

    /**
     * One recorded change: when, who, what, and the entity's state before and after (null where it
     * did not exist), as JSON objects read into maps.
     */
    public record AuditEntry(Instant occurredAt, String actor, String action, String entityType, String entityId,
            Map<String, Object> before, Map<String, Object> after) {

        /** The latest state known: after the change, or before it for a deletion. */
        public Map<String, Object> state() {
            return after != null ? after : before;
        }
    }
}
