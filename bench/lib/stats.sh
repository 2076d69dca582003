# shellcheck shell=bash
# Samples and their summaries. Every sample is a wall-clock time in whole milliseconds, kept in
# SAMPLES[key] as a space-separated list in the order it was measured (paired differences need it).

declare -gA SAMPLES=()

record() {
    SAMPLES[$1]+="${SAMPLES[$1]:+ }$2"
}

# "median min max n" of the samples under a key.
summary() {
    printf '%s\n' ${SAMPLES[$1]} | sort -n | awk '
        { a[NR] = $1 }
        END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
              printf "%.0f %d %d %d\n", m, a[1], a[NR], NR }'
}

median_of() {
    local m _
    read -r m _ < <(summary "$1")
    echo "$m"
}

count_of() {
    local _ n
    read -r _ _ _ n < <(summary "$1")
    echo "$n"
}

# "1234 (1180–1410)": median and range in ms.
cell() {
    local m lo hi _
    read -r m lo hi _ < <(summary "$1")
    printf '%s (%s–%s)' "$m" "$lo" "$hi"
}

# Ratio of medians, numerator key first.
ratio() {
    awk -v a="$(median_of "$1")" -v b="$(median_of "$2")" 'BEGIN { printf "%.3f", a / b }'
}

# Median of the per-round differences first - second (rounds alternate, so each pair ran back to back);
# signed, in ms. Robust to the machine getting slower or faster during the run.
paired_difference() {
    paste -d' ' <(printf '%s\n' ${SAMPLES[$1]}) <(printf '%s\n' ${SAMPLES[$2]}) \
        | awk 'NF == 2 { print $1 - $2 }' | sort -n | awk '
        { a[NR] = $1 }
        END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
              printf "%+.0f", m }'
}
