package dev.devdrive.maven.tmp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The accounts that can write through a group: the members its entry lists, and the accounts whose primary group it
 * is (the kernel gives a process its primary group and, through initgroups, every group that lists its name).
 *
 * <p>The databases are read with {@code getent}, which asks the name service switch as the C library does when a
 * user logs in: local files, LDAP, SSSD or systemd-userdb alike. Where {@code getent} is missing (macOS, a minimal
 * image), {@code /etc/group} and {@code /etc/passwd} are read. Only a group-writable, non-sticky ancestor of the root
 * is ever looked up, so a build normally starts no process for it.
 */
final class GroupWriters {

    private GroupWriters() {}

    /**
     * The names of the accounts that can write through group {@code gid}.
     *
     * @param groupLines  lines in group(5) format: {@code name:password:gid:member,member}
     * @param passwdLines lines in passwd(5) format: {@code name:password:uid:gid:...}
     */
    static Set<String> of(int gid, List<String> groupLines, List<String> passwdLines) {
        Set<String> writers = new TreeSet<>();
        String id = Integer.toString(gid);
        for (String line : groupLines) {
            String[] fields = line.split(":", -1);
            if (fields.length >= 4 && fields[2].equals(id)) {
                for (String member : fields[3].split(",")) {
                    if (!member.isBlank()) {
                        writers.add(member.strip());
                    }
                }
            }
        }
        for (String line : passwdLines) {
            String[] fields = line.split(":", -1);
            if (fields.length >= 4 && fields[3].equals(id)) {
                writers.add(fields[0]);
            }
        }
        return writers;
    }

    /**
     * Looks group {@code gid} up in this machine's account databases.
     *
     * @throws IOException when neither {@code getent} nor the files can be read: then nobody can vouch for the group
     */
    static Set<String> lookUp(int gid) throws IOException {
        List<String> groups = new ArrayList<>();
        List<String> passwd;
        try {
            // the keyed query reaches directory services that do not enumerate; the full listing finds every
            // local entry with that id
            groups.addAll(getent("group", Integer.toString(gid)));
            groups.addAll(getent("group"));
            passwd = getent("passwd");
        } catch (IOException e) {
            groups = Files.readAllLines(Path.of("/etc/group"), StandardCharsets.UTF_8);
            passwd = Files.readAllLines(Path.of("/etc/passwd"), StandardCharsets.UTF_8);
        }
        return of(gid, groups, passwd);
    }

    /** Exit code 2 means "no such entry", an empty answer. */
    private static List<String> getent(String... query) throws IOException {
        List<String> command = new ArrayList<>(List.of("getent"));
        command.addAll(List.of(query));
        return CommandOutput.lines(command, List.of(2));
    }
}
