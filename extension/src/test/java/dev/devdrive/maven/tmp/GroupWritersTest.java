package dev.devdrive.maven.tmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupWritersTest {

    private static final List<String> PASSWD = List.of(
            "root:x:0:0:root:/root:/bin/bash",
            "alice:x:1000:1000:Alice:/home/alice:/bin/bash",
            "mallory:x:1001:1001::/home/mallory:/bin/sh",
            "eve:x:1002:1000::/home/eve:/bin/sh",
            "broken-line");

    @Test
    void aPrivateGroupWithoutMembersHasOnlyItsUser() {
        assertThat(GroupWriters.of(1001, List.of("mallory:x:1001:"), PASSWD)).containsExactly("mallory");
    }

    @Test
    void listedMembersAndAccountsWithThePrimaryGroupCanWrite() {
        List<String> groups = List.of("alice:x:1000:mallory, bob", "staff:x:50:alice");

        assertThat(GroupWriters.of(1000, groups, PASSWD)).containsExactly("alice", "bob", "eve", "mallory");
    }

    @Test
    void everyEntryWithTheGroupsIdCounts() {
        List<String> groups = List.of("team:x:2000:", "team-alias:x:2000:mallory", "team:x:2000:");

        assertThat(GroupWriters.of(2000, groups, PASSWD)).containsExactly("mallory");
    }

    @Test
    void aGroupNobodyIsInHasNoWriters() {
        assertThat(GroupWriters.of(3000, List.of("empty:x:3000:"), PASSWD)).isEmpty();
        assertThat(GroupWriters.of(3000, List.of(), List.of())).isEmpty();
    }
}
