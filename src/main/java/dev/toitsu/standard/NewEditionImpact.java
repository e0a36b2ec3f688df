package dev.toitsu.standard;

import dev.toitsu.catalog.EditionImported;
import dev.toitsu.shared.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A new catalog edition was imported: the versions of the 対策基準 mapped onto an earlier edition of the same framework
 * get the revision impact as worklist items, without anybody having to open the impact page. Runs after the import
 * committed, in its own transaction, as the system; whoever imported stays signed in afterwards.
 */
@Component
class NewEditionImpact {

    private static final Logger log = LoggerFactory.getLogger(NewEditionImpact.class);

    private final Standards standards;

    NewEditionImpact(Standards standards) {
        this.standards = standards;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(EditionImported imported) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            standards.recordImpactOfNewEdition(imported.editionCode());
        } catch (RuntimeException e) {
            // the import itself stands; the impact can be recorded from the impact page
            log.warn("revision impact of edition {} not recorded", imported.editionCode(), e);
        } finally {
            SystemActor.signOut();
            SecurityContextHolder.setContext(previous);
        }
    }
}
