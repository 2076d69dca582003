# shellcheck shell=bash
# Running measured commands so that an interrupted benchmark can stop exactly what it started.

CHILD=""
TICKS_PER_SECOND=$(getconf CLK_TCK)

descendants() {
    local pid
    for pid in $(pgrep -P "$1" || true); do
        echo "$pid"
        descendants "$pid"
    done
}

# Stops a process we started and everything below it (Maven and its surefire forks), by id.
kill_tree() {
    local pids
    pids="$1 $(descendants "$1")"
    # shellcheck disable=SC2086
    kill -TERM $pids 2>/dev/null || return 0
    sleep 1
    # shellcheck disable=SC2086
    kill -KILL $pids 2>/dev/null || true
}

# measure KEY LOG DIR COMMAND...: runs COMMAND in DIR with its output in LOG and records its wall-clock
# time under KEY and the CPU time of its whole process tree under KEY#cpu (no record for an empty KEY:
# warm-up). CPU time is less disturbed than wall-clock time by other work on a shared machine. The command runs in the background and is
# waited for, so that INT/TERM reach the cleanup trap at once instead of after the command ends.
measure() {
    local key=$1 log=$2 dir=$3
    shift 3
    local start end cpu_start cpu_end status=0
    cpu_start=$(own_cpu_ticks)
    start=$(date +%s%N)
    (cd "$dir" && exec "$@") >"$log" 2>&1 </dev/null &
    CHILD=$!
    wait "$CHILD" || status=$?
    CHILD=""
    end=$(date +%s%N)
    cpu_end=$(own_cpu_ticks)
    if [ "$status" -ne 0 ]; then
        echo "bench: command failed (exit $status) in $dir: $*" >&2
        tail -n 40 "$log" >&2
        exit 1
    fi
    if [ -n "$key" ]; then
        record "$key" $(((end - start) / 1000000))
        record "$key#cpu" $(((cpu_end - cpu_start) * 1000 / TICKS_PER_SECOND))
    fi
}

# CPU time (clock ticks) this script and its waited-for children have used so far.
own_cpu_ticks() {
    awk '{ print $14 + $15 + $16 + $17 }' "/proc/$$/stat"
}

# "busy total" clock ticks of the whole machine since boot.
machine_cpu_ticks() {
    awk '/^cpu / { busy = $2 + $3 + $4 + $7 + $8 + $9; print busy, busy + $5 + $6; exit }' /proc/stat
}
