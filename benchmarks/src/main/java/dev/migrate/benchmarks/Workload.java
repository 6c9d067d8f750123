package dev.migrate.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * N equivalent changesets, written in each tool's format. A full changeset creates a table, adds a
 * column and creates an index; a small one (for counting-only scenarios) is one trivial statement.
 *
 * @param count how many changesets
 * @param small whether each changeset is one trivial statement
 */
public record Workload(int count, boolean small) {

	/** The statements of changeset {@code i} (1-based). */
	public List<String> upgrade(int i) {
		if (this.small) {
			return List.of("SELECT " + i);
		}
		return List.of("CREATE TABLE t_" + i + " (id BIGINT PRIMARY KEY, name VARCHAR(100))",
				"ALTER TABLE t_" + i + " ADD COLUMN created_at TIMESTAMP",
				"CREATE INDEX ix_t_" + i + "_name ON t_" + i + " (name)");
	}

	/** The statements that undo changeset {@code i}. */
	public List<String> downgrade(int i) {
		return this.small ? List.of("SELECT -" + i) : List.of("DROP TABLE t_" + i);
	}

	/** Writes Migrate's repository into {@code root}: {@code versions/NNN_create_t<i>_default_*.sql}. */
	public Path writeMigrate(Path root) throws IOException {
		Path versions = Files.createDirectories(root.resolve("versions"));
		for (int i = 1; i <= this.count; i++) {
			String base = String.format(Locale.ROOT, "%03d_create_t%d_default", i, i);
			Files.writeString(versions.resolve(base + "_upgrade.sql"), script(upgrade(i)));
			Files.writeString(versions.resolve(base + "_downgrade.sql"), script(downgrade(i)));
		}
		return root;
	}

	/** Writes Flyway's {@code V<i>__create_t<i>.sql} files into {@code root}. */
	public Path writeFlyway(Path root) throws IOException {
		Files.createDirectories(root);
		for (int i = 1; i <= this.count; i++) {
			Files.writeString(root.resolve("V" + i + "__create_t" + i + ".sql"), script(upgrade(i)));
		}
		return root;
	}

	/** Writes one Liquibase formatted-SQL changelog, {@code changelog.sql}, into {@code root}. */
	public Path writeLiquibase(Path root) throws IOException {
		Files.createDirectories(root);
		StringBuilder changelog = new StringBuilder("-- liquibase formatted sql\n\n");
		for (int i = 1; i <= this.count; i++) {
			changelog.append("-- changeset bench:").append(i).append(" logicalFilePath:changelog.sql\n").append(script(upgrade(i)));
			changelog.append("-- rollback ").append(String.join("; ", downgrade(i))).append("\n\n");
		}
		Files.writeString(root.resolve("changelog.sql"), changelog);
		return root;
	}

	private static String script(List<String> statements) {
		List<String> lines = new ArrayList<>();
		statements.forEach((statement) -> lines.add(statement + ";"));
		return String.join("\n", lines) + "\n";
	}

}
