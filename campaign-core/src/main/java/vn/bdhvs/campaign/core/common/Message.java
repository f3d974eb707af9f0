package vn.bdhvs.campaign.core.common;

import java.util.Arrays;
import java.util.List;

/** A message code with its arguments, shown in the user's language by the web layer. */
public record Message(String code, List<Object> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String code, Object... args) {
        return new Message(code, Arrays.asList(args));
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
