package dev.devdrive.maven.tmp;

import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.UserPrincipal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What owner-only means on Windows (the counterpart of POSIX 0700), as plain data and pure decisions so that
 * it can be checked on any OS: the user, SYSTEM and Administrators, as CPython's {@code mkdir(mode=0o700)}
 * grants on Windows.
 */
final class WindowsOwnerOnlyAcl {

    private WindowsOwnerOnlyAcl() {}

    /**
     * The security descriptor a directory is created with: owned by the user; a protected DACL
     * ({@code P}: no entry of the parent is inherited, now or when the parent changes) giving full access
     * ({@code FA}), inherited by files and directories below ({@code OICI}), to the user, SYSTEM and
     * Administrators.
     */
    static String securityDescriptor(String userSid) {
        String fullAccessBelow = "(A;OICI;FA;;;%s)";
        return "O:" + userSid + "D:P" + fullAccessBelow.formatted(userSid) + fullAccessBelow.formatted("SY")
                + fullAccessBelow.formatted("BA");
    }

    /**
     * Why an existing directory is not owner-only, or empty when it is: owned by the user (or SYSTEM or
     * Administrators, who can take any file anyway), and no entry allows anyone else anything.
     *
     * @param trusted SYSTEM and Administrators
     */
    static Optional<String> refusal(
            Path directory, UserPrincipal owner, List<AclEntry> acl, UserPrincipal user, Set<UserPrincipal> trusted) {
        if (!owner.equals(user) && !trusted.contains(owner)) {
            return Optional.of("it is owned by " + owner.getName() + ", not by the current user " + user.getName()
                    + "; have it removed (the extension then makes one of yours), or " + RootSafetyCheck.ELSEWHERE);
        }
        Set<String> others = new LinkedHashSet<>();
        for (AclEntry entry : acl) {
            if (entry.type() == AclEntryType.ALLOW
                    && !entry.permissions().isEmpty()
                    && !entry.principal().equals(user)
                    && !trusted.contains(entry.principal())) {
                others.add(entry.principal().getName());
            }
        }
        if (others.isEmpty()) {
            return Optional.empty();
        }
        String icacls = "icacls \"" + directory + "\" ";
        return Optional.of("other accounts can access it (" + String.join(", ", others) + "); only "
                + user.getName() + ", SYSTEM and Administrators may, and it is not changed for you: run "
                + icacls + "/inheritance:r /grant:r \"" + user.getName() + ":(OI)(CI)F\" *S-1-5-18:(OI)(CI)F"
                + " *S-1-5-32-544:(OI)(CI)F and " + icacls + "/remove "
                + others.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(" "))
                + ", or " + RootSafetyCheck.ELSEWHERE);
    }
}
