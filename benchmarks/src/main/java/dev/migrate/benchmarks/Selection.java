package dev.migrate.benchmarks;

import java.util.List;
import java.util.Set;

/**
 * The scenarios and tools a run is limited to, from {@code --scenarios=} and {@code --tools=}; by default
 * all of them. A name that is neither a scenario nor a tool is an error, not an empty run.
 */
record Selection(Set<String> scenarios, Set<String> tools) {

	private static final Set<String> SCENARIOS = Set.of("apply", "noop", "context", "roundtrip", "fleet");

	static Selection of(List<String> args) {
		Set<String> scenarios = Set.of();
		Set<String> tools = Set.of();
		for (String arg : args) {
			if (arg.startsWith("--scenarios=")) {
				scenarios = names(arg, SCENARIOS);
			}
			else if (arg.startsWith("--tools=")) {
				tools = names(arg, Set.of("none", "raw", "migrate", "migrate_test", "flyway", "liquibase", "migrate_jpa_off",
						"migrate_jpa_warn"));
			}
			else if (arg.startsWith("--") && !arg.equals("--quick") && !arg.startsWith("--fleet-tenants=")) {
				throw new IllegalArgumentException("Unknown option " + arg + ": use --quick, "
						+ "--scenarios=apply,noop,context,roundtrip,fleet, --tools=raw,migrate,flyway,liquibase or "
						+ "--fleet-tenants=N");
			}
		}
		return new Selection(scenarios, tools);
	}

	/** The tenants of the fleet scenario: {@code --fleet-tenants=N}, else the default. */
	static int fleetTenants(List<String> args, int defaultTenants) {
		for (String arg : args) {
			if (arg.startsWith("--fleet-tenants=")) {
				String value = arg.substring("--fleet-tenants=".length());
				try {
					int tenants = Integer.parseInt(value);
					if (tenants > 0) {
						return tenants;
					}
				}
				catch (NumberFormatException ex) {
					// reported below
				}
				throw new IllegalArgumentException("--fleet-tenants must be a number of tenants, 1 or more, not '" + value
						+ "'");
			}
		}
		return defaultTenants;
	}

	private static Set<String> names(String arg, Set<String> known) {
		Set<String> names = Set.of(arg.substring(arg.indexOf('=') + 1).split(","));
		for (String name : names) {
			if (!known.contains(name)) {
				throw new IllegalArgumentException("Unknown name '" + name + "' in " + arg + ": use " + String.join(",", known));
			}
		}
		return names;
	}

	boolean isAll() {
		return this.scenarios.isEmpty() && this.tools.isEmpty();
	}

	boolean runs(String scenario) {
		return this.scenarios.isEmpty() || this.scenarios.contains(scenario);
	}

	List<Tool> tools(List<Tool> candidates) {
		return candidates.stream().filter((tool) -> this.tools.isEmpty() || this.tools.contains(tool.id())).toList();
	}

	List<String> toolIds(List<String> candidates) {
		return candidates.stream().filter((tool) -> this.tools.isEmpty() || this.tools.contains(tool)).toList();
	}

}
