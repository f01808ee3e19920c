#!/usr/bin/env bash
# portrayal-bench.sh — throughput of `textlens portrayal` (every person and organisation found) on the
# benchmark corpus, beside `textlens sentiment` (the issue's yardstick: within 2x). Options and output:
# see bench/versus.sh (RUNS, SLICE_MB, TEXTLENS_CMD), e.g.   SLICE_MB=20 bench/portrayal-bench.sh
exec "$(dirname "${BASH_SOURCE[0]}")/versus.sh" portrayal sentiment testdata/portrayal/council.txt
