#!/usr/bin/env bash
# quotes-bench.sh — throughput of `textlens quotes` on the benchmark corpus, beside `textlens freq`
# (the issue's yardstick: quotes within 4x freq's CPU). Options and output: see bench/versus.sh
# (RUNS, SLICE_MB, TEXTLENS_CMD), e.g.   SLICE_MB=20 bench/quotes-bench.sh
exec "$(dirname "${BASH_SOURCE[0]}")/versus.sh" quotes freq testdata/quotes
