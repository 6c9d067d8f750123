#!/usr/bin/env bash
# Runs the benchmarks: Migrate against Flyway, Liquibase and raw JDBC on the local PostgreSQL
# (or BENCH_POSTGRES_URL), each tool call in a fresh JVM. Prints a Markdown table and writes
# results/latest.{json,md,svg} (results/quick.* with --quick, a short smoke run).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests -pl benchmarks -am
./mvnw -B -q dependency:build-classpath -pl benchmarks -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
classpath="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
exec java -cp "$classpath" dev.migrate.benchmarks.BenchmarkRun "$@" benchmarks/work benchmarks/results
