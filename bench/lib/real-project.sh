# shellcheck shell=bash
# The real project: Apache Commons IO's own tests, rebuilt from what the release published on Maven Central
# (its POM, sources jar and test-sources jar), so nothing of it is committed here and the version is pinned.
# Commons IO's tests use JUnit @TempDir and Files.createTempFile throughout and fork one JVM per test class
# (forkCount=1, reuseForks=false): temp files and forked JVMs are what the extension is about.

REAL_GROUP=commons-io
REAL_ARTIFACT=commons-io
REAL_VERSION=2.22.0
REAL_NAME="Apache Commons IO $REAL_VERSION"
# The test classes of org.apache.commons.io.file: all pass as root (some FileUtils tests check permissions
# and fail as root), about half a minute on a quiet 2-core machine with temp on a normal disk.
REAL_TESTS='org/apache/commons/io/file/**/*Test'
REAL_PACKAGE=org.apache.commons.io.file
# Checks commons-parent binds that a test run does not need; the same for every variant.
REAL_SKIPS=(-Drat.skip -Djapicmp.skip -Danimal.sniffer.skip -Djacoco.skip -Dcheckstyle.skip -Dspotbugs.skip
    -Dpmd.skip -Dcyclonedx.skip -Dmoditect.skip)
REAL_TEST_ARGS=("${REAL_SKIPS[@]}" "-Dtest=$REAL_TESTS" -Dsurefire.failIfNoSpecifiedTests=false)

# real_project_fetch MAVEN...: the release's POM, sources and test sources into ~/.m2, downloaded only when
# missing (the first run needs Maven Central; later runs are offline).
real_project_fetch() {
    local dir=$HOME/.m2/repository/${REAL_GROUP//.//}/$REAL_ARTIFACT/$REAL_VERSION type
    for type in pom jar:sources jar:test-sources; do
        if [ ! -f "$dir/$REAL_ARTIFACT-$REAL_VERSION$(real_suffix "$type")" ]; then
            progress "fetching $REAL_GROUP:$REAL_ARTIFACT:$REAL_VERSION:$type from Maven Central (once)"
            "$@" -B -q dependency:get -Dtransitive=false \
                "-Dartifact=$REAL_GROUP:$REAL_ARTIFACT:$REAL_VERSION:$type"
        fi
    done
}

real_suffix() {
    case $1 in
        pom) echo .pom ;;
        jar:sources) echo -sources.jar ;;
        jar:test-sources) echo -test-sources.jar ;;
    esac
}

# real_project DIR: the project as the release published it, as far as its tests need: the POM, main sources,
# test sources and test resources, and the NOTICE.txt and LICENSE.txt some tests read from the project
# directory. .mvn, where variant (b) puts its extensions.xml, is there from the start, so every variant sees
# the same project directory. Plus two things for the benchmark: the marker file with which commons-parent
# binds JaCoCo (skipped with -Djacoco.skip, it sets the argLine property that Commons IO's surefire argLine
# starts with), and the hand-tuned profile of variant (c), written into the POM's own <profiles>.
real_project() {
    local dir=$1 jars=$HOME/.m2/repository/${REAL_GROUP//.//}/$REAL_ARTIFACT/$REAL_VERSION
    local base=$jars/$REAL_ARTIFACT-$REAL_VERSION
    mkdir -p "$dir/.mvn" "$dir/src/main/java" "$dir/src/test/java" "$dir/src/test/resources" "$dir/src/site/resources"
    unzip -q "$base-sources.jar" -x 'META-INF/*' -d "$dir/src/main/java"
    unzip -q -j "$base-sources.jar" META-INF/NOTICE.txt META-INF/LICENSE.txt -d "$dir"
    unzip -q "$base-test-sources.jar" '*.java' -d "$dir/src/test/java"
    unzip -q "$base-test-sources.jar" -x '*.java' 'META-INF/*' -d "$dir/src/test/resources"
    touch "$dir/src/site/resources/profile.jacoco"
    awk -v profile="$(hand_tuned_profile)" '{ print } !added && /<profiles>/ { print profile; added = 1 }' \
        "$base.pom" >"$dir/pom.xml"
    grep -q '<id>hand-tuned</id>' "$dir/pom.xml" || {
        echo "bench: $base.pom has no <profiles> to add the hand-tuned profile to" >&2
        exit 1
    }
}

# What a careful user writes by hand: the forks' java.io.tmpdir through the argLine property Commons IO's
# surefire argLine starts with (@{argLine}), and TMP, TEMP, TMPDIR for whatever the tests start.
hand_tuned_profile() {
    cat <<'XML'
    <profile>
      <id>hand-tuned</id>
      <properties>
        <argLine>-Djava.io.tmpdir=${project.basedir}/hand-tmp</argLine>
      </properties>
      <build>
        <plugins>
          <plugin>
            <groupId>org.apache.maven.plugins</groupId>
            <artifactId>maven-surefire-plugin</artifactId>
            <configuration>
              <environmentVariables>
                <TMP>${project.basedir}/hand-tmp</TMP>
                <TEMP>${project.basedir}/hand-tmp</TEMP>
                <TMPDIR>${project.basedir}/hand-tmp</TMPDIR>
              </environmentVariables>
            </configuration>
          </plugin>
        </plugins>
      </build>
    </profile>
XML
}

# real_project_prime DIR LOG MAVEN...: compiles main and test code once. Offline first; only when that fails
# (the first run on a machine) online, into ~/.m2, so that commons-parent's plugins are there from then on.
real_project_prime() {
    local dir=$1 log=$2
    shift 2
    if ! (cd "$dir" && "$@" -B -o test-compile "${REAL_SKIPS[@]}") >"$log" 2>&1; then
        progress "fetching the plugins $REAL_NAME builds with into ~/.m2 (once)"
        (cd "$dir" && "$@" -B test-compile "${REAL_SKIPS[@]}") >"$log" 2>&1 || {
            echo "bench: $REAL_NAME does not compile; see the end of its log:" >&2
            tail -n 40 "$log" >&2
            exit 1
        }
    fi
}

# "526 tests, 0 failures, 0 errors, 1 skipped": surefire's totals, the last summary line of a build log.
real_test_counts() {
    sed -n 's/^\[[A-Z]*\] Tests run: \([0-9]*\), Failures: \([0-9]*\), Errors: \([0-9]*\), Skipped: \([0-9]*\)$/\1 tests, \2 failures, \3 errors, \4 skipped/p' \
        "$1" | tail -n 1
}

# The java.io.tmpdir of a fork, as surefire recorded it in the first test report.
real_fork_tmpdir() {
    local report
    report=$(find "$1/target/surefire-reports" -name 'TEST-*.xml' -print -quit 2>/dev/null)
    if [ -n "$report" ]; then
        grep -o 'name="java.io.tmpdir" value="[^"]*"' "$report" | sed 's/.*value="\(.*\)"/\1/'
    else
        echo "no test report"
    fi
}
