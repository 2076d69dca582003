package dev.devdrive.maven.inject;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devdrive.maven.inject.ModuleDirectoryName.Module;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModuleDirectoryNameTest {

    private static final String LONG = "a-very-long-artifact-id-that-goes-on-and-on-beyond-forty";

    /** Every artifactId shape that decides something: plain, same in another case, not portable, too long. */
    private static final List<String> ARTIFACT_IDS =
            List.of("core", "Core", "web", "my-lib_2.13", ".hidden", "trailing.", "con", "Aux.x", "lpt1", LONG);

    private static final List<String> GROUP_IDS = List.of("org.example.server", "org.example.client", "x");

    private static String name(Module module, List<Module> reactor) {
        return ModuleDirectoryName.of(module, reactor);
    }

    @Test
    void aModuleWhoseArtifactIdNoOtherModuleHasKeepsIt() {
        List<Module> reactor = List.of(new Module("g", "core"), new Module("g", "web"), new Module("g", "my-lib_2.13"));
        for (Module module : reactor) {
            assertThat(name(module, reactor)).isEqualTo(module.artifactId());
        }
    }

    @Test
    void modulesThatShareAnArtifactIdGetNamesOfTheirOwn() {
        Module server = new Module("org.example.server", "core");
        Module client = new Module("org.example.client", "core");
        List<Module> reactor = List.of(server, client);

        assertThat(name(server, reactor)).matches("core\\+[0-9a-f]{8}");
        assertThat(name(client, reactor)).matches("core\\+[0-9a-f]{8}").isNotEqualTo(name(server, reactor));
        // The same coordinates always give the same name, whatever else the reactor holds.
        assertThat(name(server, List.of(new Module("z", "core"), server))).isEqualTo(name(server, reactor));
    }

    /** Maven 3 builds two versions of one module in one reactor (rv:core:1 and rv:core:2 in two directories). */
    @Test
    void twoVersionsOfOneModuleGetNamesOfTheirOwn() {
        Module one = new Module("rv", "core", "1");
        Module two = new Module("rv", "core", "2");
        List<Module> reactor = List.of(one, two);

        assertThat(name(one, reactor)).isNotEqualTo(name(two, reactor)).startsWith("core+");
    }

    @Test
    void artifactIdsThatDifferOnlyInCaseAreOneNameOnWindowsAndMacOs() {
        Module upper = new Module("g", "Core");
        Module lower = new Module("g", "core");
        List<Module> reactor = List.of(upper, lower);

        assertThat(name(upper, reactor).toLowerCase(Locale.ROOT))
                .isNotEqualTo(name(lower, reactor).toLowerCase(Locale.ROOT));
    }

    @Test
    void namesThatSomeFileSystemRefusesOrMisreadsAreMadePortable() {
        for (String artifactId : List.of(".hidden", "trailing.", "con", "Aux.x", "lpt1", "NUL")) {
            Module module = new Module("g", artifactId);
            assertThat(name(module, List.of(module)))
                    .as(artifactId)
                    .contains("+")
                    .doesNotContain(".");
        }
        Module longOne = new Module("g", LONG);
        assertThat(name(longOne, List.of(longOne)))
                .hasSize(ModuleDirectoryName.MAX_LENGTH)
                .startsWith(LONG.substring(0, ModuleDirectoryName.MAX_LENGTH - 9) + "+");
    }

    /**
     * Every reactor of up to three modules drawn from the shapes above: each name is a portable file name within the
     * length limit, and no two modules of one reactor get names a case-insensitive file system takes as one.
     */
    @Test
    void inEveryReactorEveryModuleHasAPortableNameOfItsOwn() {
        List<Module> all = new ArrayList<>();
        GROUP_IDS.forEach(g -> ARTIFACT_IDS.forEach(a -> all.add(new Module(g, a))));
        int reactors = 0;
        for (int i = 0; i < all.size(); i++) {
            for (int j = i; j < all.size(); j++) {
                for (int k = j; k < all.size(); k++) {
                    List<Module> reactor = List.of(all.get(i), all.get(j), all.get(k)).stream()
                            .distinct()
                            .toList();
                    Map<String, Module> owners = new HashMap<>();
                    for (Module module : reactor) {
                        String name = name(module, reactor);
                        assertThat(name)
                                .as("%s in %s", module, reactor)
                                .matches("[A-Za-z0-9_-]([A-Za-z0-9_.+-]*[A-Za-z0-9_-])?")
                                .hasSizeLessThanOrEqualTo(ModuleDirectoryName.MAX_LENGTH)
                                .doesNotMatch("(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?");
                        Module other = owners.put(name.toLowerCase(Locale.ROOT), module);
                        assertThat(other)
                                .as("%s and %s in %s", other, module, reactor)
                                .isNull();
                    }
                    reactors++;
                }
            }
        }
        assertThat(reactors).isEqualTo(4960);
    }
}
