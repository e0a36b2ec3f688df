package dev.toitsu.audittrail.web;

import dev.toitsu.audittrail.domain.ClientAddresses;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The remote address of the current servlet request. Behind a load balancer it is the balancer's unless
 * {@code server.forward-headers-strategy} is set, so that the X-Forwarded-For of a trusted proxy is used.
 */
@Component
class RequestClientAddresses implements ClientAddresses {

    @Override
    public String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : null;
    }
}
