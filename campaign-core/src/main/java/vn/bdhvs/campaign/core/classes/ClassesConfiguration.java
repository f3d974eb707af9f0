package vn.bdhvs.campaign.core.classes;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CompletionRule.class)
class ClassesConfiguration {
}
