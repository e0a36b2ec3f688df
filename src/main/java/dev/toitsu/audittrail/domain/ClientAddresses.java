package dev.toitsu.audittrail.domain;

/** Where the current request comes from, if there is one; implemented by the web layer. */
public interface ClientAddresses {

    /** The client's address, or null outside a request (jobs, the command line). */
    String current();
}
