package dev.toitsu.demo;

import dev.toitsu.shared.Permission;
import dev.toitsu.shared.SystemActor;
import java.util.Set;

/**
 * Who loads the demo data: no account, the rights of a platform and organization administrator, in the organization
 * being filled. The audit trail names it "デモデータの読込み".
 */
final class DemoActor {

    static final String NAME = "デモデータの読込み";

    static final SystemActor LOADER = new SystemActor(
            NAME,
            null,
            Set.of(
                    Permission.PLATFORM_ADMINISTER,
                    Permission.ORGANIZATION_ADMINISTER,
                    Permission.DIRECTORY_READ,
                    Permission.STANDARD_ADMINISTER,
                    Permission.REGISTRY_ADMINISTER));

    private DemoActor() {}
}
