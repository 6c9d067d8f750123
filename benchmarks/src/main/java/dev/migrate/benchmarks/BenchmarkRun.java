package dev.migrate.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs every scenario, each tool call in a JVM of its own, and writes the report into
 * {@code results/}. Arguments: {@code [--quick] [--scenarios=apply,noop,...] [--tools=raw,migrate,...]
 * [--fleet-tenants=N] [work folder] [results folder]}. A run limited to some scenarios or tools, as when checking a change against
 * {@code latest.json} for a regression, writes {@code partial.*} instead of {@code latest.*}. The
 * PostgreSQL server is {@code BENCH_POSTGRES_URL}, by default the local one.
 */
public final class BenchmarkRun {

	private static final List<Tool> PEERS = List.of(Tool.RAW, Tool.MIGRATE, Tool.FLYWAY, Tool.LIQUIBASE);

	/** The changesets of each tenant in the fleet scenario. */
	private static final int FLEET_CHANGESETS = 10;

	private final String url;

	private final Path work;

	private final int runs;

	private final List<Result> results = new ArrayList<>();

	private final Selection selection;

	private BenchmarkRun(String url, Path work, int runs, Selection selection) {
		this.url = url;
		this.work = work;
		this.runs = runs;
		this.selection = selection;
	}

	public static void main(String[] args) throws Exception {
		boolean quick = List.of(args).contains("--quick");
		List<String> paths = List.of(args).stream().filter((arg) -> !arg.startsWith("--")).toList();
		Path work = Path.of((paths.size() > 0) ? paths.get(0) : "benchmarks/work");
		Path output = Path.of((paths.size() > 1) ? paths.get(1) : "benchmarks/results");
		String url = System.getenv().getOrDefault("BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
		Selection selection = Selection.of(List.of(args));
		BenchmarkRun run = new BenchmarkRun(url, work, quick ? 2 : 5, selection);
		if (selection.runs("apply")) {
			for (int n : quick ? List.of(20) : List.of(100, 1000)) {
				run.apply(n);
			}
		}
		if (selection.runs("noop")) {
			for (int n : quick ? List.of(100) : List.of(1000, 10000)) {
				run.noop(n, n >= 10000);
			}
		}
		if (selection.runs("context")) {
			run.context(quick ? 20 : 100);
		}
		if (selection.runs("roundtrip")) {
			run.roundTrip(quick ? 20 : 300);
		}
		if (selection.runs("fleet")) {
			run.fleet(Selection.fleetTenants(List.of(args), quick ? 50 : 1000), FLEET_CHANGESETS);
		}
		Report report = new Report(run.machine(), run.results);
		Files.createDirectories(output);
		String name = quick ? "quick" : selection.isAll() ? "latest" : "partial";
		Files.writeString(output.resolve(name + ".json"), report.json());
		Files.writeString(output.resolve(name + ".md"), report.markdown());
		Files.writeString(output.resolve(name + ".svg"), report.svg());
		System.out.println(report.markdown());
		System.out.println("Written: " + output.resolve(name + ".json") + ", .md, .svg");
	}

	/** Scenario (a): apply N changesets to an empty schema. */
	private void apply(int n) throws Exception {
		Workload workload = new Workload(n, false);
		Path files = write(workload, "apply-" + n);
		for (Tool tool : this.selection.tools(PEERS)) {
			List<Double> times = new ArrayList<>();
			for (int i = 0; i < this.runs; i++) {
				String schema = "bench_apply_" + tool.id();
				recreateSchema(schema);
				times.add(call(tool, workload, files, schema));
				dropSchema(schema);
			}
			record("apply", n, tool, times);
		}
	}

	/** Scenario (b): a start with N applied and nothing pending, checksum validation on. */
	private void noop(int n, boolean small) throws Exception {
		Workload workload = new Workload(n, small);
		Path files = write(workload, "noop-" + n);
		for (Tool tool : this.selection.tools(List.of(Tool.MIGRATE, Tool.FLYWAY, Tool.LIQUIBASE))) {
			String schema = "bench_noop_" + tool.id();
			recreateSchema(schema);
			call(tool, workload, files, schema);
			List<Double> times = new ArrayList<>();
			for (int i = 0; i < this.runs; i++) {
				times.add(call(tool, workload, files, schema));
			}
			dropSchema(schema);
			record("noop", n, tool, times);
		}
	}

	/**
	 * Scenario (d): the round trip of N changesets on an empty schema, against applying them: what the
	 * proof costs per changeset over the changesets' own time.
	 */
	private void roundTrip(int n) throws Exception {
		// the scenarios before this one made and dropped thousands of tables: a bloated catalog would
		// slow the round trip's snapshots, which read it twice a changeset
		execute("VACUUM");
		Workload workload = new Workload(n, false);
		Path files = write(workload, "roundtrip-" + n);
		for (Tool tool : this.selection.tools(List.of(Tool.MIGRATE, Tool.MIGRATE_TEST))) {
			List<Double> times = new ArrayList<>();
			for (int i = 0; i < this.runs; i++) {
				String schema = "bench_roundtrip_" + tool.id();
				recreateSchema(schema);
				times.add(call(tool, workload, files, schema));
				dropSchema(schema);
			}
			record("roundtrip", n, tool, times);
		}
	}

	/**
	 * Scenario (e): a fleet of N tenant schemas, each brought to the same 10 changesets, by this project's
	 * fleet against a loop of Flyway calls, one a schema; then the same with nothing pending. Reported as
	 * {@code fleet-apply} and {@code fleet-noop}, N being the tenants.
	 */
	private void fleet(int tenants, int changesets) throws Exception {
		Workload workload = new Workload(changesets, false);
		Path files = write(workload, "fleet-" + changesets);
		for (String tool : this.selection.toolIds(List.of("migrate", "flyway"))) {
			String prefix = "bench_fleet_" + tool;
			List<String> command = List.of(FleetCall.class.getName(), tool, String.valueOf(tenants), prefix,
					files.toAbsolutePath().toString(), this.url);
			// one apply a tool, then three starts with nothing pending: the loop of Flyway calls over 1000
			// schemas takes minutes each time
			fleetSchemas(prefix, tenants, false);
			fleetSchemas(prefix, tenants, true);
			execute("VACUUM");
			List<Double> apply = List.of(time(command, tool));
			List<Double> noop = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				noop.add(time(command, tool));
			}
			fleetSchemas(prefix, tenants, false);
			record("fleet-apply", tenants, tool, apply);
			record("fleet-noop", tenants, tool, noop);
		}
	}

	/** Creates the tenants' schemas, or drops them with everything in them, on one connection. */
	private void fleetSchemas(String prefix, int tenants, boolean create) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.url); Statement statement = connection.createStatement()) {
			for (String schema : FleetCall.schemas(prefix, tenants)) {
				statement.execute(create ? "CREATE SCHEMA " + schema : "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
			}
		}
	}

	/**
	 * Scenario (c): a Spring Boot application's context start with nothing pending, against no tool at all;
	 * and with JPA (two entities), Migrate with {@code migrate.model-check} off against warn.
	 */
	private void context(int n) throws Exception {
		Workload workload = new Workload(n, false);
		Path files = write(workload, "context-" + n);
		for (String tool : this.selection.toolIds(List.of("none", "migrate", "flyway", "liquibase", "migrate_jpa_off",
				"migrate_jpa_warn"))) {
			String schema = "bench_context_" + tool;
			recreateSchema(schema);
			String url = urlFor(schema);
			if (!tool.equals("none")) {
				// the JPA runs' repository is Migrate's: the application's entities map two of its tables
				String applier = tool.startsWith("migrate_jpa_") ? "migrate" : tool;
				call(Tool.valueOf(applier.toUpperCase(Locale.ROOT)), workload, files, schema);
			}
			List<Double> times = new ArrayList<>();
			for (int i = 0; i < this.runs; i++) {
				times.add(time(List.of(ContextCall.class.getName(), tool, files.toAbsolutePath().toString(), url), tool));
			}
			dropSchema(schema);
			Result result = new Result("context", n, tool, times);
			this.results.add(result);
			System.out.printf(Locale.ROOT, "%-7s N=%-6d %-10s median %10.1f ms  (min %.1f, max %.1f)%n", "context", n, tool,
					result.median(), result.min(), result.max());
		}
	}

	private String urlFor(String schema) {
		return this.url + (this.url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	private void record(String scenario, int n, Tool tool, List<Double> times) {
		record(scenario, n, tool.id(), times);
	}

	private void record(String scenario, int n, String tool, List<Double> times) {
		Result result = new Result(scenario, n, tool, times);
		this.results.add(result);
		System.out.printf(Locale.ROOT, "%-6s N=%-6d %-10s median %10.1f ms  (min %.1f, max %.1f)%n", scenario, n, tool,
				result.median(), result.min(), result.max());
	}

	private Path write(Workload workload, String name) throws IOException {
		Path files = this.work.resolve(name);
		deleteRecursively(files);
		workload.writeMigrate(files.resolve("migrate"));
		workload.writeFlyway(files.resolve("flyway"));
		workload.writeLiquibase(files.resolve("liquibase"));
		return files;
	}

	/** Runs one tool call in a fresh JVM and reads the time it reports. */
	private double call(Tool tool, Workload workload, Path files, String schema) throws IOException, InterruptedException {
		return time(List.of(ToolCall.class.getName(), tool.id(), String.valueOf(workload.count()),
				String.valueOf(workload.small()), files.toAbsolutePath().toString(), urlFor(schema)), tool.id());
	}

	/** Runs a main class in a fresh JVM with this classpath and reads the {@code elapsed_ms} it prints. */
	private double time(List<String> mainAndArguments, String what) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.addAll(mainAndArguments);
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.redirectErrorStream(true);
		Process process = builder.start();
		String elapsed = null;
		StringBuilder output = new StringBuilder();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.startsWith("elapsed_ms=")) {
					elapsed = line.substring("elapsed_ms=".length());
				}
				else {
					output.append(line).append('\n');
				}
			}
		}
		if (process.waitFor() != 0 || elapsed == null) {
			throw new IllegalStateException(what + " failed: " + String.join(" ", mainAndArguments) + "\n" + output);
		}
		return Double.parseDouble(elapsed);
	}

	private String machine() throws IOException, SQLException {
		String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
			.filter((line) -> line.startsWith("model name"))
			.map((line) -> line.substring(line.indexOf(':') + 1).trim())
			.findFirst()
			.orElse("unknown CPU");
		long memoryGiB = Files.readAllLines(Path.of("/proc/meminfo")).stream()
			.filter((line) -> line.startsWith("MemTotal"))
			.mapToLong((line) -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024)
			.findFirst()
			.orElse(0);
		String postgres;
		try (Connection connection = DriverManager.getConnection(this.url); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SHOW server_version")) {
			result.next();
			postgres = result.getString(1);
		}
		return String.format(Locale.ROOT, "%d cores (%s), %d GiB, Java %s, PostgreSQL %s on the same machine",
				Runtime.getRuntime().availableProcessors(), cpu, memoryGiB, Runtime.version(), postgres);
	}

	private void recreateSchema(String schema) throws SQLException {
		dropSchema(schema);
		execute("CREATE SCHEMA " + schema);
	}

	private void dropSchema(String schema) throws SQLException {
		execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.url); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (var files = Files.walk(path)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

}
