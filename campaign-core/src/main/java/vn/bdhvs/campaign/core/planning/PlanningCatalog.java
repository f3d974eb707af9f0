package vn.bdhvs.campaign.core.planning;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.audit.AuditLog;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.ForbiddenException;
import vn.bdhvs.campaign.core.common.NotFoundException;

/** Target groups and indicators. Groups are deactivated, never deleted, so history keeps them. */
@Service
public class PlanningCatalog {

    private final JdbcClient jdbc;

    private final AuditLog audit;

    PlanningCatalog(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<TargetGroup> groups() {
        return jdbc.sql("select id, code, name_vi, name_en, active from target_group order by sort_order, id")
                .query((rs, n) -> new TargetGroup(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5)))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Indicator> indicators() {
        return jdbc.sql("""
                select id, code, kind, per_group, cumulative, name_vi, name_en, metric from indicator
                where active order by sort_order, id
                """).query((rs, n) -> new Indicator(rs.getLong(1), rs.getString(2),
                IndicatorKind.valueOf(rs.getString(3)), rs.getBoolean(4), rs.getBoolean(5), rs.getString(6),
                rs.getString(7), rs.getString(8))).list();
    }

    Map<Long, Indicator> indicatorsById() {
        return indicators().stream().collect(Collectors.toMap(Indicator::id, Function.identity()));
    }

    Map<Long, TargetGroup> groupsById() {
        return groups().stream().collect(Collectors.toMap(TargetGroup::id, Function.identity()));
    }

    @Transactional
    public long createGroup(Actor actor, CreateTargetGroupCmd cmd) {
        requireAdmin(actor);
        String code = cmd.code().trim().toUpperCase(java.util.Locale.ROOT);
        try {
            long id = jdbc.sql("""
                    insert into target_group (code, name_vi, name_en, sort_order)
                    values (?, ?, ?, (select coalesce(max(sort_order), 0) + 10 from target_group)) returning id
                    """).params(code, cmd.nameVi().trim(), cmd.nameEn().trim()).query(Long.class).single();
            audit.record(actor.username(), "CREATE", "target_group", id, null,
                    Map.of("code", code, "nameVi", cmd.nameVi().trim(), "nameEn", cmd.nameEn().trim()));
            return id;
        }
        catch (DuplicateKeyException ex) {
            throw new DomainException("group.code.taken", code);
        }
    }

    @Transactional
    public void setGroupActive(Actor actor, long id, boolean active) {
        requireAdmin(actor);
        int updated = jdbc.sql("update target_group set active = ?, version = version + 1 where id = ? and active <> ?")
                .params(active, id, active).update();
        if (updated == 0 && groups().stream().noneMatch(g -> g.id() == id)) {
            throw new NotFoundException("target_group", id);
        }
        if (updated > 0) {
            audit.record(actor.username(), active ? "ENABLE" : "DISABLE", "target_group", id,
                    Map.of("active", !active), Map.of("active", active));
        }
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw new ForbiddenException("group.manage");
        }
    }
}
