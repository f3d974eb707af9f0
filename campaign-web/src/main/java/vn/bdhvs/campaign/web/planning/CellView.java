package vn.bdhvs.campaign.web.planning;

import vn.bdhvs.campaign.core.common.Message;

/**
 * One input of a planning form: its position in the submitted list, what to show in it, the
 * version to send back, and the error or warning to show under it.
 */
public record CellView(int index, long indicatorId, Long groupId, String value, Long version, Long targetId,
        Message error, Message warning) {
}
