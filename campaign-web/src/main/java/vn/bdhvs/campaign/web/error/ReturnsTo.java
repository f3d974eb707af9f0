package vn.bdhvs.campaign.web.error;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The page an action goes back to when it breaks a rule: the rule's message is shown there. The
 * value is a path template whose variables come from the action's path, then its parameters
 * ({@code "/classes/{classId}"}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReturnsTo {

    String value();
}
