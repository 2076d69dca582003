"""What one corpus build left: per-class test outcomes, each fork's java.io.tmpdir, leftovers.

usage: outcomes.py PROJECT_DIR SYSTEM_TMP OUT_DIR

Writes OUT_DIR/outcomes.tsv (one line per Surefire/Failsafe report: path, tests, failures, errors, skipped; one per
invoker IT: path, result), OUT_DIR/tmpdirs.txt (each report's java.io.tmpdir) and OUT_DIR/summary (shell variables).
"""

import os
import re
import sys
import xml.etree.ElementTree as ET

# A fork directory the extension made: <root>/b-<8 random>/<module>/fork-<n>, the root a devdrive-tmp directory.
FORK_DIRECTORY = re.compile(r"(^|/)\.?devdrive-tmp/(.+/)?b-[a-z0-9]{8}/[^/]+/fork-\d+$")

project, system_tmp, out = sys.argv[1:4]
rows, tmpdirs = [], []
totals = dict(tests=0, failures=0, errors=0, skipped=0)
reports = redirected = 0
for root, dirs, files in os.walk(project):
    dirs[:] = [d for d in dirs if d not in ("src", "devdrive-tmp", "local-repo", ".git")]
    rel = os.path.relpath(root, project)
    if "target" not in rel.split(os.sep):
        continue
    for name in sorted(files):
        path = os.path.join(root, name)
        if name.startswith("TEST-") and name.endswith(".xml"):
            try:
                suite = ET.parse(path).getroot()
            except ET.ParseError as error:
                rows.append(f"{os.path.join(rel, name)}\tunreadable: {error}")
                continue
            counts = [int(float(suite.get(k, "0") or 0)) for k in ("tests", "failures", "errors", "skipped")]
            rows.append("\t".join([os.path.join(rel, name)] + [str(c) for c in counts]))
            for key, value in zip(("tests", "failures", "errors", "skipped"), counts):
                totals[key] += value
            reports += 1
            tmp = next((p.get("value") for p in suite.iter("property") if p.get("name") == "java.io.tmpdir"), "")
            tmpdirs.append(f"{os.path.join(rel, name)}\t{tmp}")
            if FORK_DIRECTORY.search(tmp):
                redirected += 1
        elif name.startswith("BUILD-") and name.endswith(".xml") and os.path.basename(root) == "invoker-reports":
            result = ET.parse(path).getroot().get("result", "?")
            rows.append(f"{os.path.join(rel, name)}\t{result}")


def count_entries(top):
    n = 0
    for _, dirs, files in os.walk(top):
        n += len(dirs) + len(files)
    return n


# HotSpot's performance data (hsperfdata_<user>) is always in /tmp, whatever java.io.tmpdir says: every way leaves it.
left_tmp = sum(
    1 + (count_entries(os.path.join(system_tmp, e)) if os.path.isdir(os.path.join(system_tmp, e)) else 0)
    for e in os.listdir(system_tmp)
    if not e.startswith("hsperfdata_")
)
devdrive_dirs = []
for root, dirs, _ in os.walk(project):
    for d in dirs:
        if d in ("devdrive-tmp", ".devdrive-tmp"):
            devdrive_dirs.append(os.path.join(root, d))
left_project = sum(count_entries(d) for d in devdrive_dirs)
# A root keeps its .devdrive-marker (it proves to later builds that the extension made it); anything else is a leftover.
left_other = sorted(
    os.path.relpath(os.path.join(d, e), project) for d in devdrive_dirs for e in os.listdir(d) if e != ".devdrive-marker"
)
invoker = sum(1 for r in rows if "invoker-reports" in r)
invoker_ok = sum(1 for r in rows if "invoker-reports" in r and r.endswith("\tsuccess"))
with open(os.path.join(out, "outcomes.tsv"), "w") as f:
    f.write("".join(r + "\n" for r in sorted(rows)))
with open(os.path.join(out, "tmpdirs.txt"), "w") as f:
    f.write("".join(t + "\n" for t in sorted(tmpdirs)))
with open(os.path.join(out, "summary"), "w") as f:
    for key, value in totals.items():
        f.write(f"{key.upper()}={value}\n")
    f.write(f"REPORTS={reports}\nREDIRECTED={redirected}\nINVOKER={invoker}\nINVOKER_OK={invoker_ok}\n")
    f.write(f"LEFT_TMP={left_tmp}\nDEVDRIVE_DIRS={len(devdrive_dirs)}\nLEFT_PROJECT={left_project}\n")
with open(os.path.join(out, "devdrive-left.txt"), "w") as f:
    f.write("".join(name + "\n" for name in left_other))
