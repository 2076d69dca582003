# shellcheck shell=bash
# The compatibility corpus: real open-source Maven builds, each pinned to a release, rebuilt from what the release
# published on Maven Central (sources and test-sources jars and the POM, or the Apache source-release zip) or, for
# projects that publish no tests, from a snapshot of their GitHub repository at the release tag under /work/.mirror
# (a by-hand run only: the project is skipped, saying so, when the snapshot is not there). Nothing is committed.
#
# One line per project: name | source | Maven | goals and arguments | test subset | what it adds to the variety
# [| none: why no fork is redirected, where that is right].
# source is jars:G:A:V (POM + sources + test-sources jars), zip:G:A:V (source-release zip) or git:MIRROR@TAG.
# Maven is 3 (the wrapper's 3.9.16) or 4 (4.0.0-rc-6 from Central). Arguments are split on blanks.
APACHE_SKIPS="-Drat.skip -Djapicmp.skip -Danimal.sniffer.skip -Dcheckstyle.skip -Dspotbugs.skip -Dpmd.skip -Dcyclonedx.skip -Dmoditect.skip -Dspotless.check.skip -Djacoco.skip"
CORPUS=(
    "commons-codec|jars:commons-codec:commons-codec:1.19.0|3|clean test $APACHE_SKIPS -DforkCount=0 -Dtest=org/apache/commons/codec/digest/*Test -Dsurefire.failIfNoSpecifiedTests=false|the tests of org.apache.commons.codec.digest|-DforkCount=0: the tests run inside the Maven JVM (a daemon keeps that JVM), DigestUtilsTest with Files.createTempFile there (the shape of issue 20's daemon defect). Not the binary package: its Base64Test#testCodec265 allocates about 5 GiB when the heap looks free enough, which in the Maven JVM depends on what else the build holds|none: forkCount=0, the tests run in the Maven JVM, whose temp the extension never changes"
    "commons-text-forked-javac|jars:org.apache.commons:commons-text:1.14.0|3|clean test $APACHE_SKIPS -Dcommons.compiler.fork=true -Dtest=org/apache/commons/text/similarity/*Test -Dsurefire.failIfNoSpecifiedTests=false|the tests of org.apache.commons.text.similarity|main and test code compiled by a forked javac (-Dcommons.compiler.fork=true: commons-parent sets the compiler's fork from that property, so -Dmaven.compiler.fork has no effect; plexus-compiler writes its argument file to the Maven JVM's temp dir)"
    "jsoup|git:jhy+jsoup@jsoup-1.23.1|3|clean verify -Djapicmp.skip -Danimal.sniffer.skip -Dtest=org/jsoup/nodes/*Test -Dsurefire.failIfNoSpecifiedTests=false|Surefire: the tests of org.jsoup.nodes; Failsafe: its ITs but the long-running group|maven-failsafe-plugin ITs (jsoup's Netty test server, methods run concurrently; the long-running group excluded by its POM); a user argLine (-Xss640k) without @{argLine}"
    "maven-shared-utils|zip:org.apache.maven.shared:maven-shared-utils:3.4.2|3|clean test $APACHE_SKIPS|all tests|JUnit 4 TemporaryFolder; tests that start shell processes (CommandLineUtils) which inherit the fork's environment"
    "maven-clean-plugin|zip:org.apache.maven.plugins:maven-clean-plugin:3.5.0|3|clean verify -Prun-its $APACHE_SKIPS -Dtest=!CleanerTest -Dsurefire.failIfNoSpecifiedTests=false|the unit tests but CleanerTest (its three permission tests fail as root, who may delete anything, with or without the extension), and all invoker ITs|a Maven plugin: plugin descriptor, Sisu index, maven-invoker-plugin ITs (each IT a Maven build of its own, forked)"
    "commons-lang3-maven4|jars:org.apache.commons:commons-lang3:3.18.0|4|clean test $APACHE_SKIPS -Dtest=org/apache/commons/lang3/text/*Test -Dsurefire.failIfNoSpecifiedTests=false|the tests of org.apache.commons.lang3.text|built with Maven 4.0.0-rc-6"
    "commons-compress|jars:org.apache.commons:commons-compress:1.28.0|3|clean test $APACHE_SKIPS -DforkCount=2 -Dtest=org/apache/commons/compress/archivers/tar/*Test,!TarArchiveEntryTest -Dsurefire.failIfNoSpecifiedTests=false|the tar archiver tests but TarArchiveEntryTest (two of its tests expect a uid other than 0, so they fail as root, with or without the extension)|File.createTempFile and temp directories for every archive written; -DforkCount=2 (two forks at once, reused)"
    "maven-resolver|zip:org.apache.maven.resolver:maven-resolver:1.9.24|3|clean test $APACHE_SKIPS -pl maven-resolver-api,maven-resolver-spi,maven-resolver-util,maven-resolver-impl,maven-resolver-connector-basic,maven-resolver-transport-file -am|six modules of the reactor with all their tests|a multi-module reactor (9 projects with the parent and what -am adds) whose modules depend on each other; its own POM sets java.io.tmpdir in systemPropertyVariables, a choice the extension must leave alone|none: the POM sets java.io.tmpdir in Surefire's systemPropertyVariables"
    "log4j-transform|git:apache+logging-log4j-transform@rel/0.2.0|3|clean test -Drat.skip -Dspotless.check.skip -Dspotbugs.skip -Dxml.skip -Dbnd.baseline.skip|all modules and tests|flatten-maven-plugin (logging-parent's CI-friendly \${revision}, flattened at process-resources and removed by clean); a reactor with a Maven plugin module"
    "commons-io|jars:commons-io:commons-io:2.22.0|3|clean test ${APACHE_SKIPS/ -Djacoco.skip/} -Dtest=org/apache/commons/io/file/*Test -Dsurefire.failIfNoSpecifiedTests=false|the test classes directly in org.apache.commons.io.file|JUnit @TempDir and Files.createTempFile throughout; one new JVM per test class (forkCount=1, reuseForks=false); JaCoCo's prepare-agent active, so Surefire's argLine starts with the agent through @{argLine}"
)
# The --smoke subset: one small project, two ways.
SMOKE_PROJECT="commons-io"
SMOKE_ARGS="clean test ${APACHE_SKIPS/ -Djacoco.skip/} -Dtest=org/apache/commons/io/file/PathUtils*Test -Dsurefire.failIfNoSpecifiedTests=false"

# corpus_field LINE N: the Nth field (1-based) of a corpus line.
corpus_field() {
    local IFS='|' fields
    read -r -a fields <<<"$1"
    printf '%s' "${fields[$(($2 - 1))]}"
}

# corpus_prepare SOURCE DIR: the project's sources, as the release published them, into the empty DIR (kept as the
# pristine copy every way starts from). Downloads go to the corpus's own local repository (MVN_FETCH).
corpus_prepare() {
    local source=$1 dir=$2 kind spec g a v base mirror tag pom sources tests
    kind=${source%%:*}
    spec=${source#*:}
    mkdir -p "$dir"
    case $kind in
        jars)
            IFS=: read -r g a v <<<"$spec"
            base=${g//.//}/$a/$v/$a-$v
            corpus_fetch "$base.pom" "$g:$a:$v:pom" && pom=$ARTIFACT
            corpus_fetch "$base-sources.jar" "$g:$a:$v:jar:sources" && sources=$ARTIFACT
            corpus_fetch "$base-test-sources.jar" "$g:$a:$v:jar:test-sources" && tests=$ARTIFACT
            mkdir -p "$dir/src/main/java" "$dir/src/main/resources" "$dir/src/test/java" "$dir/src/test/resources" \
                "$dir/src/site/resources"
            unzip -q "$sources" '*.java' -d "$dir/src/main/java"
            unzip -q "$sources" -x '*.java' 'META-INF/*' -d "$dir/src/main/resources" 2>/dev/null || true
            unzip -q -j "$sources" 'META-INF/NOTICE.txt' 'META-INF/LICENSE.txt' -d "$dir" 2>/dev/null || true
            unzip -q "$tests" '*.java' -d "$dir/src/test/java"
            unzip -q "$tests" -x '*.java' 'META-INF/*' -d "$dir/src/test/resources" 2>/dev/null || true
            # commons-parent binds JaCoCo when this marker exists, as in the projects' own checkouts; without it
            # Surefire would get @{argLine} literally.
            touch "$dir/src/site/resources/profile.jacoco"
            cp "$pom" "$dir/pom.xml"
            ;;
        zip)
            IFS=: read -r g a v <<<"$spec"
            corpus_fetch "${g//.//}/$a/$v/$a-$v-source-release.zip" "$g:$a:$v:zip:source-release"
            unzip -q "$ARTIFACT" -d "$dir.unzip"
            (shopt -s dotglob && mv "$dir.unzip"/*/* "$dir")
            rm -rf "$dir.unzip"
            ;;
        git)
            mirror=/work/.mirror/${spec%@*}/repo
            tag=${spec#*@}
            if ! git --git-dir="$mirror" rev-parse -q --verify "refs/tags/$tag" >/dev/null 2>&1; then
                SKIP_REASON="no snapshot of its GitHub repository with tag $tag in $mirror (it publishes no test sources on Central)"
                return 1
            fi
            git --git-dir="$mirror" archive "$tag" | tar -x -C "$dir"
            ;;
    esac
    mkdir -p "$dir/.mvn"
}

# corpus_fetch PATH G:A:V[:TYPE[:CLASSIFIER]]: sets ARTIFACT to the artifact's file (PATH relative to a local
# repository) in the corpus repository or its read-only tail ~/.m2/repository, downloading it into the corpus
# repository when it is in neither.
corpus_fetch() {
    local repo
    for repo in "$LOCAL_REPO" "$HOME/.m2/repository"; do
        ARTIFACT=$repo/$1
        [ -f "$ARTIFACT" ] && return 0
    done
    ARTIFACT=$LOCAL_REPO/$1
    progress "fetching $2 from Maven Central (once)"
    "${MVN3[@]}" -B -q dependency:get -Dtransitive=false "-Dartifact=$2" >"$WORK/fetch.log" 2>&1 && [ -f "$ARTIFACT" ] || {
        tail -n 20 "$WORK/fetch.log" >&2
        return 1
    }
}
