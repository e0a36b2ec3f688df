package dev.toitsu.organization;

import dev.toitsu.organization.domain.AssignmentRepository;
import dev.toitsu.organization.domain.DirectoryAccess;
import dev.toitsu.shared.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 連絡網: how to reach, today, the holders of the roles the organization marks for its emergency contact network
 * (001 1.2.2.2: CISO, 統括情報セキュリティ責任者, 情報セキュリティ責任者, CSIRT, 情報システムセキュリティ責任者 ...).
 */
@Service
@Transactional(readOnly = true)
public class ContactList {

    private final AssignmentRepository assignments;
    private final Clock clock;

    ContactList(AssignmentRepository assignments, Clock clock) {
        this.assignments = assignments;
        this.clock = clock;
    }

    public List<RoleHolder> entries() {
        Actor actor = DirectoryAccess.reader();
        return assignments.contactHolders(actor.organizationId(), LocalDate.now(clock));
    }
}
