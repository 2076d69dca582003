package dev.devdrive.maven.tmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WindowsOwnerOnlyAclTest {

    private static final Path DIRECTORY = Path.of("D:", ".devdrive-tmp", "alice");

    private final UserPrincipal alice = principal("CORP\\alice");
    private final UserPrincipal localAlice = principal("DEVBOX\\alice");
    private final UserPrincipal system = principal("NT AUTHORITY\\SYSTEM");
    private final UserPrincipal administrators = principal("BUILTIN\\Administrators");
    private final UserPrincipal users = principal("BUILTIN\\Users");
    private final UserPrincipal everyone = principal("Everyone");
    private final Set<UserPrincipal> trusted = Set.of(system, administrators);

    @Test
    void descriptorIsOwnedByTheUserWithAProtectedInheritedDaclForUserSystemAndAdministrators() {
        assertThat(WindowsOwnerOnlyAcl.securityDescriptor("S-1-5-21-1-2-3-1001"))
                .isEqualTo("O:S-1-5-21-1-2-3-1001D:P(A;OICI;FA;;;S-1-5-21-1-2-3-1001)(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)");
    }

    @Test
    void acceptsWhatTheExtensionCreates() {
        assertThat(refusal(alice, allow(alice), allow(system), allow(administrators)))
                .isEmpty();
    }

    @Test
    void acceptsDenyEntriesAndEntriesWithoutPermissions() {
        AclEntry deny = AclEntry.newBuilder()
                .setType(AclEntryType.DENY)
                .setPrincipal(everyone)
                .setPermissions(AclEntryPermission.WRITE_DATA)
                .build();
        AclEntry nothing = AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(users)
                .build();

        assertThat(refusal(alice, allow(alice), deny, nothing)).isEmpty();
    }

    @Test
    void acceptsADirectoryOwnedByAdministratorsAsAnElevatedBuildCreatesIt() {
        assertThat(refusal(administrators, allow(alice), allow(administrators))).isEmpty();
    }

    @Test
    void refusesEntriesForOtherAccountsNamingThemAndTheRemedy() {
        assertThat(refusal(alice, allow(alice), allow(users), allow(everyone), allow(users)))
                .hasValueSatisfying(reason -> assertThat(reason)
                        .contains("other accounts can access it (BUILTIN\\Users, Everyone)")
                        .contains("icacls \"" + DIRECTORY + "\" /inheritance:r /grant:r \"CORP\\alice:(OI)(CI)F\"")
                        .contains("/remove \"BUILTIN\\Users\" \"Everyone\""));
    }

    @Test
    void refusesAnInheritOnlyEntryForOthersBecauseItGrantsEveryFileCreatedBelow() {
        AclEntry inherited = AclEntry.newBuilder(allow(users))
                .setFlags(AclEntryFlag.INHERIT_ONLY, AclEntryFlag.FILE_INHERIT)
                .build();

        assertThat(refusal(alice, allow(alice), inherited)).isPresent();
    }

    @Test
    void refusesADirectoryOwnedByAnotherAccountEvenOfTheSameName() {
        assertThat(refusal(localAlice, allow(alice)))
                .hasValueSatisfying(reason ->
                        assertThat(reason).contains("owned by DEVBOX\\alice, not by the current user CORP\\alice"));
    }

    private java.util.Optional<String> refusal(UserPrincipal owner, AclEntry... entries) {
        return WindowsOwnerOnlyAcl.refusal(DIRECTORY, owner, List.of(entries), alice, trusted);
    }

    private static AclEntry allow(UserPrincipal principal) {
        return AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(principal)
                .setPermissions(AclEntryPermission.READ_DATA, AclEntryPermission.EXECUTE)
                .setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT)
                .build();
    }

    /** Equal by name, as the JDK's Windows principals are equal by SID. */
    private static UserPrincipal principal(String name) {
        return new UserPrincipal() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public boolean equals(Object other) {
                return other instanceof UserPrincipal that && that.getName().equals(name);
            }

            @Override
            public int hashCode() {
                return name.hashCode();
            }
        };
    }
}
