package vn.bdhvs.campaign.web.planning;

import java.time.Clock;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.bdhvs.campaign.core.accounts.AccountService;
import vn.bdhvs.campaign.core.audit.AuditLog.AuditEntry;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;
import vn.bdhvs.campaign.core.planning.TargetHistory;
import vn.bdhvs.campaign.core.planning.TargetService;
import vn.bdhvs.campaign.web.security.CampaignUser;
import vn.bdhvs.campaign.web.security.CurrentUser;

/**
 * Who changed a target, when, from what to what. The audit log keeps codes and usernames, so that
 * renaming changes no history; this page shows names in the reader's language instead.
 */
@Controller
class TargetHistoryController {

    static final String HISTORY_VIEW = "planning/history";

    private final TargetService targets;

    private final PlanningCatalog catalog;

    private final AccountService accounts;

    private final MessageSource messages;

    private final Clock clock;

    TargetHistoryController(TargetService targets, PlanningCatalog catalog, AccountService accounts,
            MessageSource messages, Clock clock) {
        this.targets = targets;
        this.catalog = catalog;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/planning/targets/{id}/history")
    String history(@CurrentUser CampaignUser user, @PathVariable long id, Model model) {
        TargetHistory history = targets.history(user.actor(), id);
        List<AuditEntry> entries = history.entries();
        Map<String, String> names = accounts.displayNames(entries.stream().map(AuditEntry::actor)
                .collect(Collectors.toSet()));
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("province", history.province());
        model.addAttribute("rows", entries.stream().map(entry -> new HistoryRow(
                LocalDateTime.ofInstant(entry.occurredAt(), clock.getZone()), actorName(entry.actor(), names, locale),
                entry.action(), valueOf(entry.before()), valueOf(entry.after()))).toList());
        Map<String, Object> target = entries.isEmpty() ? null : entries.get(0).state();
        model.addAttribute("target", target);
        if (target != null) {
            String language = locale.getLanguage();
            String indicator = text(target.get("indicator"));
            String group = text(target.get("group"));
            model.addAttribute("indicatorName", catalog.indicators().stream().filter(i -> i.code().equals(indicator))
                    .findFirst().map(i -> i.name(language)).orElse(indicator));
            model.addAttribute("groupName", group == null ? null : catalog.groups().stream()
                    .filter(g -> g.code().equals(group)).findFirst().map(g -> g.name(language)).orElse(group));
        }
        return HISTORY_VIEW;
    }

    /**
     * An account's display name; an actor that is no account (the demo data, a start-up task) by its
     * message {@code audit.actor.<name>}, or else as recorded.
     */
    private String actorName(String actor, Map<String, String> names, Locale locale) {
        String name = names.get(actor);
        return name != null ? name : messages.getMessage("audit.actor." + actor, null, actor, locale);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String valueOf(Map<String, Object> state) {
        return state == null || state.get("value") == null ? null
                : Numbers.forInput(new BigDecimal(state.get("value").toString()));
    }
}
