package dev.toitsu.classification;

import java.util.List;

/**
 * One cell of a rule table.
 *
 * @param conditions codes of what must be done: ENCRYPT, PASSWORD_SEPARATELY, APPROVED_SERVICE_ONLY, CISO_PERMISSION,
 *     MISSEND_CHECK ... (shown localized; unknown codes as written)
 * @param cellText the cell as the source writes it, e.g. 可(要暗号化)
 * @param interpretation how an empty or merged cell was read, when it was
 */
public record TransmissionRule(
        String levelCode,
        String channelCode,
        String destinationCode,
        Decision decision,
        List<String> conditions,
        String cellText,
        String interpretation) {

    public TransmissionRule {
        conditions = List.copyOf(conditions);
    }
}
