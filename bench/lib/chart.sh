# shellcheck shell=bash
# The three-ways results as an SVG bar chart for the site's Benchmarks page, drawn from the same samples as
# the tables. Each suite's bars are scaled to its own (a), so suites of 3 s and of 60 s share one axis.

# three_ways_chart TITLE: reads "suite<TAB>variant<TAB>median<TAB>min<TAB>max" lines (variant a, b or c,
# times in ms) and writes the SVG to standard output.
three_ways_chart() {
    awk -F'\t' -v title="$1" '
        function esc(s) { gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s); return s }
        function x(fraction) { return left + fraction / top * width }
        {
            if (!($1 in seen)) { seen[$1] = 1; suites[++n] = $1 }
            median[$1, $2] = $3; low[$1, $2] = $4; high[$1, $2] = $5
        }
        END {
            name["a"] = "(a) default: system temp on the slow volume"
            name["b"] = "(b) the extension"
            name["c"] = "(c) hand-tuned POM"
            colour["a"] = "#9e9e9e"; colour["b"] = "#1f6fb4"; colour["c"] = "#e08a1e"
            top = 1
            for (i = 1; i <= n; i++)
                for (v = 0; v < 3; v++) {
                    k = substr("abc", v + 1, 1)
                    if ((suites[i], k) in high && high[suites[i], k] / median[suites[i], "a"] > top)
                        top = high[suites[i], k] / median[suites[i], "a"]
                }
            top = int(top * 4 + 0.999) / 4
            left = 250; width = 420; bar = 14; gap = 4; group = 3 * (bar + gap) + 26
            height = 70 + n * group + 40
            printf "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">\n", left + width + 130, height, left + width + 130, height
            printf "<title>%s</title>\n", esc(title)
            printf "<rect width=\"100%%\" height=\"100%%\" fill=\"#ffffff\"/>\n"
            printf "<text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"bold\">%s</text>\n", esc(title)
            split("10 340 510", legend, " ")
            for (v = 0; v < 3; v++) {
                k = substr("abc", v + 1, 1)
                printf "<rect x=\"%d\" y=\"32\" width=\"12\" height=\"12\" fill=\"%s\"/>", legend[v + 1], colour[k]
                printf "<text x=\"%d\" y=\"42\">%s</text>\n", legend[v + 1] + 18, esc(name[k])
            }
            y0 = 64; axis = y0 + n * group
            for (t = 0; t <= top + 0.001; t += 0.25) {
                printf "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#dddddd\"/>", x(t), y0 - 6, x(t), axis
                printf "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555555\">%d%%</text>\n", x(t), axis + 14, t * 100 + 0.5
            }
            printf "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#555555\">wall time of mvn test against (a); bar: median, line: min to max</text>\n", left + width / 2, axis + 30
            for (i = 1; i <= n; i++) {
                s = suites[i]; y = y0 + (i - 1) * group; base = median[s, "a"]
                printf "<text x=\"10\" y=\"%d\" font-weight=\"bold\">%s</text>\n", y + 8, esc(s)
                for (v = 0; v < 3; v++) {
                    k = substr("abc", v + 1, 1)
                    if (!((s, k) in median)) continue
                    by = y + 14 + v * (bar + gap)
                    printf "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" fill=\"#555555\">%s</text>", left - 8, by + 11, esc(substr(name[k], 1, 3))
                    printf "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>", left, by, x(median[s, k] / base) - left, bar, colour[k]
                    printf "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#222222\"/>", x(low[s, k] / base), by + bar / 2, x(high[s, k] / base), by + bar / 2
                    label = sprintf("%.1f s", median[s, k] / 1000)
                    if (k != "a") label = label sprintf(", ratio %.2f", median[s, k] / base)
                    printf "<text x=\"%.1f\" y=\"%d\">%s</text>\n", x(high[s, k] / base) + 6, by + 11, label
                }
            }
            printf "</svg>\n"
        }'
}
