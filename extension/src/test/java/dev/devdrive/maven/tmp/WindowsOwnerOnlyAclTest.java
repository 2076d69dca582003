package dev.devdrive.maven.tmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowsOwnerOnlyAclTest {

    private final UserPrincipal alice = () -> "DEVBOX\\alice";

    @Test
    void grantsEverythingToTheUserAndNobodyElse() {
        List<AclEntry> entries = WindowsOwnerOnlyAcl.entriesFor(alice);

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(AclEntryType.ALLOW);
            assertThat(entry.principal()).isSameAs(alice);
            assertThat(entry.permissions()).containsExactlyInAnyOrder(AclEntryPermission.values());
        });
    }

    @Test
    void entryIsInheritedByFilesAndDirectoriesCreatedBelow() {
        AclEntry entry = WindowsOwnerOnlyAcl.entriesFor(alice).get(0);

        assertThat(entry.flags())
                .containsExactlyInAnyOrder(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT)
                .doesNotContain(AclEntryFlag.INHERIT_ONLY, AclEntryFlag.NO_PROPAGATE_INHERIT);
    }

    @Test
    void creationAttributeCarriesTheSameEntriesUnderTheAclName() {
        FileAttribute<List<AclEntry>> attribute = WindowsOwnerOnlyAcl.attributeFor(alice);

        assertThat(attribute.name()).isEqualTo("acl:acl");
        assertThat(attribute.value()).isEqualTo(WindowsOwnerOnlyAcl.entriesFor(alice));
    }
}
