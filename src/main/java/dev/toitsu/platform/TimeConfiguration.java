package dev.toitsu.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in the zone the standard's deadlines are counted in (Asia/Tokyo). */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(@Value("${toitsu.time-zone:Asia/Tokyo}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
