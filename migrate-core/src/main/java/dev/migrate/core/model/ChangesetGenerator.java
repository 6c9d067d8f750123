package dev.migrate.core.model;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrate.core.dialect.Dialect;
import dev.migrate.core.dialect.Dialects;
import dev.migrate.core.model.ModelDifference.TableMissing;
import dev.migrate.core.schema.NameCase;
import org.jspecify.annotations.Nullable;

/**
 * Writes the Java source of the changeset that brings a database to the JPA model, from their
 * {@link ModelDiff}, in the changeset API and this project's style. It is a {@code ReversibleChangeset} when a
 * derived downgrade undoes every statement, commented ones included; otherwise a {@code JavaChangeset} whose
 * downgrade undoes each statement explicitly, in reverse order, from what the diff says the database had.
 *
 * <p>What loses data (drops of tables, columns, constraints, indexes and sequences, a type narrowed) is
 * written commented out, under a {@code CONFIRM:} line saying what it loses, and named in a warning; a column
 * that disappears beside one that appears in the same table gets a commented {@code renameColumn}, since no
 * tool can tell a rename from the schema alone.
 */
public final class ChangesetGenerator {

	private static final Pattern IMPORTED = Pattern.compile("\\b(Column|ForeignKey|Index|PrimaryKey|Type|Unique)\\.");

	private final String dialect;

	private final NameCase nameCase;

	private final Clock clock;

	/** A generator for one dialect, by its name ({@code postgresql}, {@code mysql}, {@code h2}, {@code sqlite}). */
	public ChangesetGenerator(String dialect) {
		this(dialect, Clock.systemUTC());
	}

	/** A generator for one dialect, dating what it writes by this clock. */
	public ChangesetGenerator(String dialect, Clock clock) {
		Dialect found = Dialects.byName(dialect);
		this.dialect = found.name();
		this.nameCase = found.ddl().nameCase();
		this.clock = clock;
	}

	/**
	 * The source of the changeset that removes the differences.
	 * @param diff the differences, not empty
	 * @param javaPackage the package of the class; empty for none
	 * @param version the changeset's version
	 * @param className the class's simple name, {@code V<NNN>_<Description>}
	 * @param description what the changeset does, in words
	 * @throws IllegalArgumentException when the diff is empty: there is nothing to write
	 */
	public ChangesetSource generate(ModelDiff diff, String javaPackage, int version, String className,
			String description) {
		return generate(diff, javaPackage, version, className, description, null);
	}

	/**
	 * The source of the changeset that removes the differences, knowing which columns of the model the
	 * database generates values for ({@code GenerationType.IDENTITY}), which a diff does not say: they are
	 * written as the dialect's identity columns. Without it, a new table's integer key comes with a note.
	 * @param identity whether a column (table, column, as the diff names them) is an identity column; null
	 * when not known
	 */
	public ChangesetSource generate(ModelDiff diff, String javaPackage, int version, String className,
			String description, @Nullable BiPredicate<String, String> identity) {
		if (diff.isEmpty()) {
			throw new IllegalArgumentException("The database is what the model maps: there is no changeset to write");
		}
		Operations operations = new Operations(new ChangesetCode(this.nameCase, new PortableTypes(this.dialect)),
				this.dialect, diff, className, identity);
		List<ModelDifference> differences = new ArrayList<>(diff.differences());
		differences.sort(Comparator.comparingInt((difference) -> (difference instanceof TableMissing table)
				? operations.creationRank(table.table()) : -1));
		List<Operation> all = new ArrayList<>();
		for (ModelDifference difference : differences) {
			all.addAll(difference.accept(operations));
		}
		List<Operation> upgrade = inUpgradeOrder(all);
		boolean reversible = upgrade.stream().allMatch(Operation::derivable);
		List<Statement> up = new ArrayList<>();
		upgrade.forEach((operation) -> up.addAll(operation.upgrade()));
		List<Statement> down = new ArrayList<>();
		for (int i = upgrade.size() - 1; i >= 0; i--) {
			down.addAll(upgrade.get(i).downgrade());
		}
		String code = source(diff, javaPackage, version, className, description, reversible, up, down,
				!operations.warnings().isEmpty());
		return new ChangesetSource(className, code, reversible, operations.warnings());
	}

	/** By step, the steps of a table together and tables by name, else in the order they came. */
	private static List<Operation> inUpgradeOrder(List<Operation> operations) {
		List<Operation> sorted = new ArrayList<>(operations);
		sorted.sort(Comparator.comparingInt((Operation operation) -> operation.step().rank())
			.thenComparing((operation) -> operation.step().perTable() ? operation.table() : "")
			.thenComparingInt((operation) -> operation.step().ordinal()));
		return sorted;
	}

	private String source(ModelDiff diff, String javaPackage, int version, String className, String description,
			boolean reversible, List<Statement> upgrade, List<Statement> downgrade, boolean toConfirm) {
		List<String> upgradeLines = SourceLayout.body(upgrade);
		List<String> downgradeLines = reversible ? List.of() : SourceLayout.body(downgrade);
		TreeSet<String> imports = new TreeSet<>();
		imports.add("dev.migrate.core.schema.Schema");
		if (reversible) {
			imports.add("dev.migrate.core.repository.ReversibleChangeset");
		}
		else {
			imports.add("dev.migrate.core.repository.ChangesetContext");
			imports.add("dev.migrate.core.repository.JavaChangeset");
		}
		for (String line : concat(upgradeLines, downgradeLines)) {
			Matcher used = IMPORTED.matcher(line);
			while (used.find()) {
				imports.add("dev.migrate.core.schema." + used.group(1));
			}
		}
		StringBuilder source = new StringBuilder();
		if (!javaPackage.isBlank()) {
			source.append("package ").append(javaPackage).append(";\n\n");
		}
		imports.forEach((type) -> source.append("import ").append(type).append(";\n"));
		source.append("\n");
		javadoc(source, diff, version, description, reversible, toConfirm);
		if (reversible) {
			source.append("public class ").append(className).append(" implements ReversibleChangeset {\n\n")
				.append("\t@Override\n\tpublic void change(Schema schema) {\n");
			upgradeLines.forEach((line) -> source.append(line).append("\n"));
			source.append("\t}\n\n}\n");
		}
		else {
			source.append("public class ").append(className).append(" implements JavaChangeset {\n\n");
			method(source, "upgrade", upgradeLines);
			source.append("\n");
			method(source, "downgrade", downgradeLines);
			source.append("\n}\n");
		}
		return source.toString().replaceAll("(?m)[ \\t]+$", "");
	}

	private void javadoc(StringBuilder source, ModelDiff diff, int version, String description, boolean reversible,
			boolean toConfirm) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		List<String> text = new ArrayList<>();
		text.add("Version " + version + ": " + escape(description) + ".");
		text.add("");
		text.add("<p>Generated from the JPA model on " + now + " for " + this.dialect + ", to remove "
				+ ((diff.differences().size() == 1) ? "this difference" : "these differences")
				+ " between the model and the database:");
		List<String> items = new ArrayList<>();
		diff.differences().forEach((difference) -> items.add(difference.describe()));
		diff.possibleRenames().forEach((rename) -> items.add(rename.describe()));
		source.append("/**\n");
		for (String paragraph : text) {
			paragraph(source, paragraph);
		}
		source.append(" * <ul>\n");
		for (String item : items) {
			paragraph(source, "<li>" + escape(item) + "</li>");
		}
		source.append(" * </ul>\n");
		String downgrade = reversible ? "Its downgrade is derived from change(Schema)."
				: "Its downgrade undoes each statement of the upgrade, in reverse order, from what the database had.";
		paragraph(source, "<p>" + downgrade + (toConfirm ? " Statements that lose data or may fail are commented out or "
				+ "marked (CONFIRM, NOTE): read them, and uncomment what you are sure of, before it runs." : ""));
		source.append(" */\n");
	}

	private static void paragraph(StringBuilder source, String text) {
		if (text.isEmpty()) {
			source.append(" *\n");
			return;
		}
		for (String line : SourceLayout.wrap(text, 110)) {
			source.append(" * ").append(line).append("\n");
		}
	}

	private static void method(StringBuilder source, String name, List<String> lines) {
		source.append("\t@Override\n\tpublic void ").append(name).append("(ChangesetContext context) {\n");
		source.append("\t\tSchema schema = context.schema();\n");
		lines.forEach((line) -> source.append(line).append("\n"));
		source.append("\t}\n");
	}

	/** Text for a javadoc comment: no markup, no end of the comment, no escapes. */
	private static String escape(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("@", "&#64;")
			.replace("\\", "&#92;")
			.replace("*/", "*&#47;")
			.replaceAll("[\\r\\n]+", " ");
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

}
