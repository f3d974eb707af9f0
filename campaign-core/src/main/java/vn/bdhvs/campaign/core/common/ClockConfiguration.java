package vn.bdhvs.campaign.core.common;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in Vietnam's time zone: "today" is the day in Vietnam. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    Clock clock() {
        return Clock.system(VIETNAM);
    }
}
