"""The compatibility corpus's table: each way of each project against the build without the extension.

usage: compat_table.py row PROJECT_RESULTS WAY          one line for the progress output
       compat_table.py table RESULTS WAYS VERSION COMMIT SECONDS   the Markdown of bench/COMPAT.md
       compat_table.py publish COMPAT_MD RELIABILITY_MD SITE_MD    copies the table into the other two
"""

import datetime
import os
import platform
import sys

BEGIN = "<!-- bench/compat publish replaces from here -->"
END = "<!-- bench/compat publish replaces up to here -->"
WAY_NAMES = {
    "off": "without",
    "same": "same-volume",
    "t2": "same-volume -T 2",
    "mvnd/1": "mvnd build 1",
    "mvnd/2": "mvnd build 2",
}


def read(path, default=""):
    try:
        with open(path) as f:
            return f.read().strip()
    except FileNotFoundError:
        return default


def summary(run):
    values = {}
    for line in read(os.path.join(run, "summary")).splitlines():
        key, _, value = line.partition("=")
        values[key] = int(value)
    return values


def runs(project, way):
    """The result directories of one way: two for mvnd (build 1 and 2 in one daemon), else one."""
    base = os.path.join(project, way)
    if way == "mvnd" and os.path.isdir(os.path.join(base, "1")):
        return [("mvnd/1", os.path.join(base, "1")), ("mvnd/2", os.path.join(base, "2"))]
    return [(way, base)]


def compare(project, run):
    """'identical', or 'differs: ...' naming what differs from the build without the extension."""
    off = os.path.join(project, "off")
    if run == off:
        return "reference"
    notes = []
    if read(os.path.join(run, "status")) != read(os.path.join(off, "status")):
        notes.append(f"build exit {read(os.path.join(run, 'status'))}, without {read(os.path.join(off, 'status'))}")
    mine = set(read(os.path.join(run, "outcomes.tsv")).splitlines())
    theirs = set(read(os.path.join(off, "outcomes.tsv")).splitlines())
    if mine != theirs:
        mine_keys = {line.split("\t")[0]: line for line in mine}
        their_keys = {line.split("\t")[0]: line for line in theirs}
        for key in sorted(set(mine_keys) | set(their_keys)):
            if mine_keys.get(key) != their_keys.get(key):
                short = key.replace("target/surefire-reports/", "").replace("target/failsafe-reports/", "failsafe:")
                notes.append(f"{short}: {fmt(mine_keys.get(key))} (without: {fmt(their_keys.get(key))})")
    notes += expectations(project, run)
    return "identical" if not notes else "differs: " + "; ".join(notes)


def expectations(project, run):
    """What a build with the extension must also show: its forks redirected as the corpus line expects (field 7:
    empty for all of them, "none: why" where the project's tests run in the Maven JVM or set their own temp dir), and
    nothing but the roots' markers left in devdrive-tmp."""
    s = summary(run)
    lines = [line.split("|") for line in read(os.path.join(os.path.dirname(project), "corpus")).splitlines()]
    line = next((fields for fields in lines if fields[0] == os.path.basename(project)), [])
    expect = line[6] if len(line) > 6 else ""
    notes = []
    reports, redirected = int(s.get("REPORTS", 0)), int(s.get("REDIRECTED", 0))
    if not expect and redirected != reports:
        notes.append(f"{reports - redirected} of {reports} test classes not in a fork directory of the extension's")
    if expect.startswith("none") and redirected:
        notes.append(f"{redirected} test classes redirected where none should be ({expect})")
    left = read(os.path.join(run, "devdrive-left.txt")).split()
    if left:
        notes.append("left in devdrive-tmp: " + ", ".join(left[:5]))
    return notes


def fmt(line):
    if line is None:
        return "no report"
    fields = line.split("\t")[1:]
    return "/".join(fields) if len(fields) == 4 else " ".join(fields)


def cells(project, label, run):
    if os.path.exists(os.path.join(run, "skipped")):
        return [WAY_NAMES.get(label, label), read(os.path.join(run, "skipped")), "", "", "", "", "", ""]
    s = summary(run)
    verdict = compare(project, run)
    shown = verdict if verdict in ("identical", "reference") else "**differs**"
    status = read(os.path.join(run, "status"))
    tests = f"{s.get('TESTS', 0)}/{s.get('FAILURES', 0)}/{s.get('ERRORS', 0)}/{s.get('SKIPPED', 0)}"
    if s.get("INVOKER"):
        tests += f" + {s['INVOKER_OK']}/{s['INVOKER']} ITs"
    redirected = f"{s.get('REDIRECTED', 0)} of {s.get('REPORTS', 0)}"
    left_project = f"{s.get('LEFT_PROJECT', 0)} in {s.get('DEVDRIVE_DIRS', 0)} dirs" if s.get("DEVDRIVE_DIRS") else "none"
    return [
        WAY_NAMES.get(label, label),
        shown,
        "pass" if status == "0" else f"FAIL ({status})",
        tests,
        redirected,
        str(s.get("LEFT_TMP", 0)),
        left_project,
        f"{int(read(os.path.join(run, 'ms'), '0')) / 1000:.0f} s",
    ]


def row(project, way):
    out = []
    for label, run in runs(project, way):
        c = cells(project, label, run)
        verdict = "" if c[1] in ("identical", "reference", "") or not c[2] else " (" + compare(project, run) + ")"
        out.append(f"{c[0]}: {c[1]}{verdict}, {c[2]}, tests {c[3]}, redirected {c[4]}, left {c[5]}/{c[6]}, {c[7]}")
    return " | ".join(out)


def table(results, ways, version, commit, seconds, partial=""):
    projects = [line.split("|") for line in read(os.path.join(results, "corpus")).splitlines()]
    lines = [
        "# Compatibility corpus",
        "",
        BEGIN,
        "",
        f"Last run: {datetime.date.today()}, devdrive {version} (checkout {commit}), {platform.system()} "
        f"{platform.machine()}, {os.cpu_count()} cores (shared), {seconds // 60} min {seconds % 60} s in all. "
        "Command: `bench/compat` (as root)." + (f" **Partial: {partial}.**" if partial else ""),
        "",
        "Each project is built the same ways from a fresh copy of its release sources, with a private system temp "
        "dir per build (a directory mounted on `/tmp` in a mount namespace of the build's own). *Outcome* compares every `TEST-*.xml` "
        "(tests/failures/errors/skipped per class) and every invoker IT result, and the build's exit status, with "
        "the build without the extension. *Tests* are run/failed/errors/skipped summed over the reports. "
        "*Redirected*: test classes whose fork's `java.io.tmpdir` was a fork directory of the extension's "
        "(`devdrive-tmp/.../b-<random>/<module>/fork-<n>`), of all reports; a way *differs* also when fewer are "
        "redirected than the project expects (all of them, unless its line says none and why) or when anything but "
        "a root's `.devdrive-marker` is left in a `devdrive-tmp` directory. *Left in "
        "temp*: files and directories left in the build's system temp dir (HotSpot's `hsperfdata_*` not counted). "
        "*devdrive-tmp left*: "
        "entries left in `devdrive-tmp` directories in the project after the build.",
        "",
        "| Project | Way | Outcome | Build | Tests | Redirected | Left in temp | devdrive-tmp left | Time |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    differences = []
    for fields in projects:
        name = fields[0]
        project = os.path.join(results, name)
        if os.path.exists(os.path.join(project, "skipped")):
            lines.append(f"| {name} | all | skipped: {read(os.path.join(project, 'skipped'))} | | | | | | |")
            continue
        for way in ways.split(","):
            for label, run in runs(project, way):
                c = cells(project, label, run)
                lines.append(f"| {name} | " + " | ".join(c) + " |")
                if c[1] == "**differs**":
                    differences.append(f"- {name}, {c[0]}: {compare(project, run)[len('differs: '):]}")
    lines += ["", "## Differences", ""]
    lines += differences or ["None."]
    lines += [
        "",
        "## The projects",
        "",
        "| Project | Release | Maven | Built | What it adds |",
        "| --- | --- | --- | --- | --- |",
    ]
    for fields in projects:
        name, source, maven, args, subset, why = fields[:6]
        kind, _, spec = source.partition(":")
        origin = {"jars": "POM, sources and test-sources jars from Central", "zip": "source-release zip from Central",
                  "git": "GitHub snapshot at the release tag"}[kind]
        maven_name = "4.0.0-rc-6" if maven == "4" else "3.9.16"
        goals = " ".join(a for a in args.split() if not a.startswith("-D") or a.startswith(("-Dtest", "-Dfork", "-Dmaven.compiler")))
        lines.append(f"| {name} | `{spec}` ({origin}) | {maven_name} | `{goals}`: {subset} | {why} |")
    lines += ["", END]
    return "\n".join(lines)


def splice(text, block, heading):
    start, end = text.find(BEGIN), text.find(END)
    if start >= 0 and end >= 0:
        return text[:start] + block + text[end + len(END):]
    return text.rstrip("\n") + f"\n\n{heading}\n\n" + block + "\n"


def publish(compat, reliability, site):
    text = read(compat)
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < 0:
        sys.exit(f"compat: {compat} has no table between the markers; run bench/compat first")
    block = text[start:end + len(END)].replace("\n## ", "\n### ")
    with open(reliability) as f:
        current = f.read()
    with open(reliability, "w") as f:
        f.write(splice(current, block, "## Compatibility corpus (issue 22)\n\nReal open-source builds with and "
                       "without the extension, from `bench/compat` (see `bench/README.md`)."))
    site_intro = ("# Compatibility\n\nWhether a build that passes without the extension passes with it, measured on real "
                  "open-source projects, each pinned to a release, built without the extension, with it in "
                  "`same-volume` mode, with it and `-T 2`, and twice in one mvnd daemon. The corpus is "
                  "`bench/compat` in the source repository; this page is generated from its last run.\n\n")
    with open(site, "w") as f:
        f.write(site_intro + block.replace("\n### ", "\n## ") + "\n")


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "row":
        print(row(sys.argv[2], sys.argv[3]))
    elif mode == "table":
        print(table(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5], int(sys.argv[6]), sys.argv[7]))
    elif mode == "publish":
        publish(*sys.argv[2:5])
