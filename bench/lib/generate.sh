# shellcheck shell=bash
# The generated projects. They live in the work directory only and are never committed.

# Plugin versions the generated projects pin, so every run resolves the same plugins offline from ~/.m2.
GEN_JUNIT=5.14.4
GEN_RESOURCES=3.3.1
GEN_COMPILER=3.14.1
GEN_SUREFIRE=3.5.4

# extensions_xml DIR [GROUP ARTIFACT VERSION]: loads the extension the way users do, or another one.
extensions_xml() {
    mkdir -p "$1/.mvn"
    cat >"$1/.mvn/extensions.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<extensions>
  <extension>
    <groupId>${2:-dev.devdrive}</groupId>
    <artifactId>${3:-devdrive-maven-extension}</artifactId>
    <version>${4:-$VERSION}</version>
  </extension>
</extensions>
XML
}

# noop_extension_xml DIR: loads the core extension that does nothing (see noop_extension).
noop_extension_xml() {
    extensions_xml "$1" dev.devdrive.bench noop-extension 1.0
}

# noop_extension REPOSITORY WORK_DIR: builds the no-op core extension into the local repository REPOSITORY:
# a release jar with a one-line POM (no parent, no dependencies) and one Sisu component, a lifecycle
# participant that does nothing. Maven creates its realm, indexes it and calls it like any real extension,
# so the difference to it is what devdrive itself costs. (javax.inject:1, the no-op of earlier runs, is
# part of Maven's core: Maven 4 skips it without creating a realm, which made devdrive look 200 ms dearer.)
noop_extension() {
    local repo=$1 src=$2/noop-extension core=$HOME/.m2/repository/org/apache/maven/maven-core/3.9.16
    local target=$repo/dev/devdrive/bench/noop-extension/1.0
    mkdir -p "$src/dev/devdrive/bench/noop" "$src/classes/META-INF/sisu" "$target"
    cat >"$src/dev/devdrive/bench/noop/NoopParticipant.java" <<'JAVA'
package dev.devdrive.bench.noop;

@javax.inject.Named("noop")
@javax.inject.Singleton
public class NoopParticipant extends org.apache.maven.AbstractMavenLifecycleParticipant {}
JAVA
    javac -nowarn --release 17 -d "$src/classes" \
        -cp "$core/maven-core-3.9.16.jar:$HOME/.m2/repository/javax/inject/javax.inject/1/javax.inject-1.jar" \
        "$src/dev/devdrive/bench/noop/NoopParticipant.java"
    echo dev.devdrive.bench.noop.NoopParticipant >"$src/classes/META-INF/sisu/javax.inject.Named"
    jar --create --file "$target/noop-extension-1.0.jar" -C "$src/classes" .
    cat >"$target/noop-extension-1.0.pom" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.devdrive.bench</groupId>
  <artifactId>noop-extension</artifactId>
  <version>1.0</version>
</project>
XML
}

# ext_class_path DIR JAR: loads JAR into Maven's core realm with -Dmaven.ext.class.path in .mvn/maven.config:
# nothing is resolved. (On Linux the extension needs no other jar.)
ext_class_path() {
    mkdir -p "$1/.mvn"
    printf -- '-Dmaven.ext.class.path=%s\n' "$2" >"$1/.mvn/maven.config"
}

# build_extension DIR: the smallest project with the extension as its build extension (<build><extensions>).
build_extension() {
    one_module "$1" "  <build>
    <extensions>
      <extension>
        <groupId>dev.devdrive</groupId>
        <artifactId>devdrive-maven-extension</artifactId>
        <version>$VERSION</version>
      </extension>
    </extensions>
  </build>
"
}

# lib_ext MAVEN_HOME COPY JAR: a copy of a Maven installation with JAR in its lib/ext, where Maven loads it
# for every build of that installation.
lib_ext() {
    cp -a "$1" "$2"
    cp "$3" "$2/lib/ext/"
}

# one_module DIR [XML]: the smallest real project; XML (whole lines), if given, goes in before </project>.
one_module() {
    mkdir -p "$1/.mvn"
    cat >"$1/pom.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.devdrive.bench</groupId>
  <artifactId>one</artifactId>
  <version>1.0</version>
${2:-}</project>
XML
}

# reactor DIR MODULES: a parent with MODULES jar modules that inherit from it.
reactor() {
    local dir=$1 modules=$2 i name
    mkdir -p "$dir/.mvn"
    {
        cat <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.devdrive.bench</groupId>
  <artifactId>reactor</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules>
XML
        for ((i = 1; i <= modules; i++)); do
            printf '    <module>m%04d</module>\n' "$i"
        done
        printf '  </modules>\n</project>\n'
    } >"$dir/pom.xml"
    for ((i = 1; i <= modules; i++)); do
        name=$(printf 'm%04d' "$i")
        mkdir "$dir/$name"
        cat >"$dir/$name/pom.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>dev.devdrive.bench</groupId>
    <artifactId>reactor</artifactId>
    <version>1.0</version>
  </parent>
  <artifactId>$name</artifactId>
</project>
XML
    done
}

# temp_heavy DIR CLASSES FILES: the temp-heavy suite, CLASSES copies of the test class (so forks have
# classes to share), each test method handling FILES temp files by default.
temp_heavy() {
    local dir=$1 classes=$2 files=$3 i
    mkdir -p "$dir/.mvn" "$dir/src/test/java/bench"
    sed -e "s/@FILES@/$files/" -e "s/@JUNIT@/$GEN_JUNIT/" -e "s/@RESOURCES@/$GEN_RESOURCES/" \
        -e "s/@COMPILER@/$GEN_COMPILER/" -e "s/@SUREFIRE@/$GEN_SUREFIRE/" \
        "$BENCH/templates/temp-heavy/pom.xml.template" >"$dir/pom.xml"
    for ((i = 1; i <= classes; i++)); do
        sed "s/@N@/$i/g" "$BENCH/templates/temp-heavy/TempHeavyTest.java.template" \
            >"$dir/src/test/java/bench/TempHeavy${i}Test.java"
    done
}
