package dev.devdrive.maven.tmp;

import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;

/**
 * The access control list that makes a directory owner-only on Windows (the counterpart of POSIX 0700).
 * Built from plain data so that it can be checked on any OS.
 */
final class WindowsOwnerOnlyAcl {

    private WindowsOwnerOnlyAcl() {}

    /**
     * One entry: the user may do everything, and the entry is inherited by files and directories created
     * below, so the forks' temp files stay private without setting an ACL on each of them.
     */
    static List<AclEntry> entriesFor(UserPrincipal user) {
        return List.of(AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(user)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                .setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT)
                .build());
    }

    static FileAttribute<List<AclEntry>> attributeFor(UserPrincipal user) {
        List<AclEntry> entries = entriesFor(user);
        return new FileAttribute<>() {
            @Override
            public String name() {
                return "acl:acl";
            }

            @Override
            public List<AclEntry> value() {
                return entries;
            }
        };
    }
}
