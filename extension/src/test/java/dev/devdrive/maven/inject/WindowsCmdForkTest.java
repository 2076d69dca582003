package dev.devdrive.maven.inject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.WinReg;
import dev.devdrive.maven.WindowsOnly;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.shared.utils.cli.CommandLineUtils;
import org.apache.maven.shared.utils.cli.Commandline;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real forks through the real {@code cmd.exe}: the JVM that Surefire's way of starting a fork starts (a
 * maven-shared-utils {@code Commandline} given the argument line with {@code setLine}, which runs
 * {@code cmd.exe /X /C "…"}) reports the {@code java.io.tmpdir} the planner meant. {@link WindowsForkCommandLineTest}
 * checks every case against cmd's documented rules; this checks them against a cmd that runs.
 */
@WindowsOnly
class WindowsCmdForkTest {

    @TempDir
    Path reports;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "C:\\w\\R&D\\p",
                "C:\\w\\a^b\\p",
                "C:\\w\\x%USERNAME%y\\p",
                "C:\\w\\100%\\p",
                "C:\\Program Files (x86)\\a|b\\p",
                "C:\\Users\\O'Brien\\Jürgen ビルド",
            })
    void aSurefireForkGetsTheDirectory(String module) throws Exception {
        assumeFalse(
                module.chars().anyMatch(c -> c > 127)
                        && Advapi32Util.registryKeyExists(WinReg.HKEY_LOCAL_MACHINE, "Software\\Wine"),
                "Wine 8's cmd.exe passes non-ASCII characters on as '?' however they are quoted (seen before and"
                        + " after the quoting for cmd); the real cmd.exe keeps them (windows-verify's ext-odd-path)");
        InjectionPlan.Surefire plan = SurefirePlanner.plan(
                new SurefireSettings("-Xshare:auto", Map.of(), Map.of(), Map.of(), Map.of(), List.of(), Map.of(), 1),
                module,
                "\\");
        Path report = reports.resolve("tmpdir.txt");
        Path classes = Path.of(TmpdirReport.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Commandline fork = new Commandline();
        fork.setExecutable(
                Path.of(System.getProperty("java.home"), "bin", "java.exe").toString());
        fork.createArg().setLine(plan.argLine().orElseThrow().replace(SurefirePlanner.FORK_NUMBER, "1"));
        fork.createArg().setValue("-cp");
        fork.createArg().setValue(classes.toString());
        fork.createArg().setValue(TmpdirReport.class.getName());
        fork.createArg().setValue(report.toString());
        CommandLineUtils.StringStreamConsumer out = new CommandLineUtils.StringStreamConsumer();
        CommandLineUtils.StringStreamConsumer err = new CommandLineUtils.StringStreamConsumer();

        int exit = CommandLineUtils.executeCommandLine(fork, out, err);

        assertThat(exit).as(fork + "\n" + err.getOutput()).isZero();
        assertThat(Files.readString(report, StandardCharsets.UTF_8))
                .as(fork.toString())
                .isEqualTo(module + "\\fork-1");
    }
}
