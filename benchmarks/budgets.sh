#!/usr/bin/env bash
# The performance budgets: builds the benchmarks, runs them through JMH and prints each budget's ratio against its
# baseline from the same run; exits 1 when a budget is missed. Options go to Budgets (see its javadoc), e.g.
#   benchmarks/budgets.sh --inputs examples,1000 --forks 1
# Takes about 85 minutes with the defaults on 2 processors (10 warm-up iterations: read + validate keeps the JIT
# compilers busy for some 20 s), 28 with --separate none --others none (every budget decided in turns, and the heap);
# the table is also written to benchmarks/target/budgets.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./mvnw -q -B -pl benchmarks -am package -DskipTests -Dspotless.check.skip=true >&2
exec java -jar benchmarks/target/benchmarks.jar "$@"
