package dev.toitsu.workflow;

import java.util.List;

/** One page of requests and the total count. */
public record RequestPage(List<ApprovalRequest> items, long total, int page, int size) {

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
