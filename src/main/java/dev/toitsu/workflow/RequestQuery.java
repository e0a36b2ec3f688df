package dev.toitsu.workflow;

/** Filters of the request register: type, state, free text (number, title, applicant), fiscal year submitted. */
public record RequestQuery(String typeCode, RequestState state, String text, Integer fiscalYear) {

    public static RequestQuery all() {
        return new RequestQuery(null, null, null, null);
    }
}
