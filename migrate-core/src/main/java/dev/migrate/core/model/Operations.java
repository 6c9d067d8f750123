package dev.migrate.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import dev.migrate.core.model.ModelDiff.PossibleRename;
import dev.migrate.core.model.ModelDifference.ColumnDiffers;
import dev.migrate.core.model.ModelDifference.ColumnExtra;
import dev.migrate.core.model.ModelDifference.ColumnMissing;
import dev.migrate.core.model.ModelDifference.ForeignKeyExtra;
import dev.migrate.core.model.ModelDifference.ForeignKeyMissing;
import dev.migrate.core.model.ModelDifference.IndexExtra;
import dev.migrate.core.model.ModelDifference.IndexMissing;
import dev.migrate.core.model.ModelDifference.PrimaryKeyDiffers;
import dev.migrate.core.model.ModelDifference.SequenceExtra;
import dev.migrate.core.model.ModelDifference.SequenceMissing;
import dev.migrate.core.model.ModelDifference.TableExtra;
import dev.migrate.core.model.ModelDifference.TableMissing;
import dev.migrate.core.model.ModelDifference.UniqueExtra;
import dev.migrate.core.model.ModelDifference.UniqueMissing;
import dev.migrate.core.model.Operation.Step;
import dev.migrate.core.schema.ColumnSnapshot;
import dev.migrate.core.schema.ForeignKeySnapshot;
import dev.migrate.core.schema.IndexSnapshot;
import dev.migrate.core.schema.PrimaryKeySnapshot;
import dev.migrate.core.schema.TableSnapshot;
import dev.migrate.core.schema.Type;
import dev.migrate.core.schema.UniqueConstraintSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * What each difference of a {@link ModelDiff} becomes: the statements that bring the database to the model,
 * and those that undo them. What loses data or may fail (drops, narrowing) is commented out with a
 * {@code CONFIRM:} line that says what it loses, and said in a warning; a column dropped beside one added
 * in the same table gets a commented {@code renameColumn}, since no tool can tell a rename from the schema.
 * One instance per diff.
 */
final class Operations implements ModelDifference.Visitor<List<Operation>> {

	private final ChangesetCode code;

	private final String dialect;

	private final String className;

	private final List<String> warnings = new ArrayList<>();

	/** Whether a column of the model (table, column) is one the database generates values for; null when not known. */
	private final @Nullable BiPredicate<String, String> identity;

	/** Single-column foreign keys of added columns, declared with the column: table, column, key. */
	private final Map<String, Map<String, ForeignKeySnapshot>> keysOfNewColumns = new HashMap<>();

	/**
	 * Single-column indexes of added columns, declared with the column (so that a derived downgrade drops
	 * them with it: MySQL refuses to drop first an index that a foreign key needs): table, column, index.
	 */
	private final Map<String, Map<String, IndexSnapshot>> indexesOfNewColumns = new HashMap<>();

	/** The possible renames, by table and the column the database has. */
	private final Map<String, Map<String, PossibleRename>> renames = new HashMap<>();

	/** The new tables in an order that creates a referenced table before the tables that reference it. */
	private final List<String> creationOrder;

	/** The tables created so far, while the new ones are visited in creation order. */
	private final Set<String> created = new HashSet<>();

	/** The tables the model adds. */
	private final Set<String> newTables = new HashSet<>();

	/**
	 * @param diff the differences, looked at as a whole first (keys of new columns, renames, table order)
	 * @param className the changeset's class, named in warnings
	 * @param identity whether a column of the model is an identity column; null when not known
	 */
	Operations(ChangesetCode code, String dialect, ModelDiff diff, String className,
			@Nullable BiPredicate<String, String> identity) {
		this.code = code;
		this.dialect = dialect;
		this.className = className;
		this.identity = identity;
		Map<String, TableSnapshot> missing = new LinkedHashMap<>();
		Set<String> newColumns = new HashSet<>();
		for (ModelDifference difference : diff.differences()) {
			if (difference instanceof TableMissing table) {
				missing.put(table.table(), table.model());
			}
			else if (difference instanceof ColumnMissing column) {
				newColumns.add(column.table() + "." + column.model().name());
			}
		}
		for (ModelDifference difference : diff.differences()) {
			if (difference instanceof ForeignKeyMissing key && key.model().columns().size() == 1
					&& newColumns.contains(key.table() + "." + key.model().columns().get(0))) {
				this.keysOfNewColumns.computeIfAbsent(key.table(), (table) -> new HashMap<>())
					.putIfAbsent(key.model().columns().get(0), key.model());
			}
		}
		for (ModelDifference difference : diff.differences()) {
			if (difference instanceof IndexMissing index && indexed(index.model())
					&& newColumns.contains(index.table() + "." + index.model().columns().get(0))) {
				this.indexesOfNewColumns.computeIfAbsent(index.table(), (table) -> new HashMap<>())
					.putIfAbsent(index.model().columns().get(0), index.model());
			}
		}
		for (PossibleRename rename : diff.possibleRenames()) {
			this.renames.computeIfAbsent(rename.table(), (table) -> new HashMap<>()).put(rename.databaseColumn(), rename);
		}
		this.newTables.addAll(missing.keySet());
		this.creationOrder = creationOrder(missing);
	}

	/** What a person must confirm or know, one line each, in the order of the differences. */
	List<String> warnings() {
		return List.copyOf(this.warnings);
	}

	/** The position of a new table among the new tables: the order they are created in. */
	int creationRank(String table) {
		return this.creationOrder.indexOf(table);
	}

	@Override
	public List<Operation> tableMissing(TableMissing difference) {
		TableSnapshot table = difference.model();
		this.created.add(table.name());
		List<Operation> operations = new ArrayList<>();
		List<String> elements = new ArrayList<>();
		PrimaryKeySnapshot primaryKey = table.primaryKey();
		List<ForeignKeySnapshot> later = new ArrayList<>();
		List<IndexSnapshot> indexes = new ArrayList<>(table.indexes());
		for (ColumnSnapshot column : table.columns()) {
			List<String> only = List.of(column.name());
			boolean keyColumn = primaryKey != null && primaryKey.columns().equals(only);
			boolean generated = this.identity != null && this.identity.test(table.name(), column.name());
			StringBuilder element = new StringBuilder(generated ? this.code.column(column, keyColumn, identityType(column))
					: this.code.column(column, keyColumn));
			if (keyColumn) {
				element.append(".primaryKey(").append(givenName(primaryKey.name())).append(")");
			}
			for (UniqueConstraintSnapshot unique : table.uniqueConstraints()) {
				if (unique.columns().equals(only)) {
					element.append(".unique(").append(givenName(unique.name())).append(")");
				}
			}
			for (ForeignKeySnapshot key : table.foreignKeys()) {
				if (key.columns().equals(only) && exists(key.referencedTable())) {
					element.append(".").append(this.code.references(key, ChangesetCode.given(key.name())));
				}
			}
			IndexSnapshot index = indexOn(indexes, column.name());
			if (index != null) {
				element.append(".").append(indexed(index, ChangesetCode.given(index.name())));
				indexes.remove(index);
			}
			elements.add(element.toString());
		}
		if (primaryKey != null && primaryKey.columns().size() > 1) {
			elements.add(this.code.primaryKey(primaryKey, ChangesetCode.given(primaryKey.name())));
		}
		for (UniqueConstraintSnapshot unique : table.uniqueConstraints()) {
			if (unique.columns().size() > 1) {
				elements.add(this.code.unique(unique, ChangesetCode.given(unique.name())));
			}
		}
		for (ForeignKeySnapshot key : table.foreignKeys()) {
			if (key.columns().size() > 1 && exists(key.referencedTable())) {
				elements.add(this.code.foreignKey(key, ChangesetCode.given(key.name())));
			}
			else if (!exists(key.referencedTable())) {
				later.add(key);
			}
		}
		StringBuilder call = new StringBuilder("createTable(" + this.code.quoted(table.name()) + ",");
		for (int i = 0; i < elements.size(); i++) {
			call.append("\n\t\t").append(elements.get(i)).append((i < elements.size() - 1) ? "," : ")");
		}
		for (IndexSnapshot index : indexes) {
			call.append("\n\t.createIndex(").append(this.code.index(index, ChangesetCode.given(index.name()))).append(")");
		}
		checksLeftOut(table);
		Statement create = Statement.onSchema(call.toString());
		String identity = (this.identity == null && primaryKey != null && primaryKey.columns().size() == 1)
				? identity(table, primaryKey) : null;
		if (identity != null) {
			String key = primaryKey.columns().get(0);
			warn("table \"" + table.name() + "\": if its entity's id is generated by the database (@GeneratedValue(strategy "
					+ "= IDENTITY)), make \"" + key + "\" an identity column in " + this.className + ": the JPA model diff does "
					+ "not say whether it is one");
			create = create.withNotes("NOTE: if the id is generated by the database (@GeneratedValue(strategy = IDENTITY)), "
					+ "declare \"" + this.code.name(key) + "\" as Type.raw(\"" + identity + "\"): the model diff cannot tell.");
		}
		operations.add(Operation.of(Step.CREATE_TABLE, table.name(), create,
				Statement.onSchema("dropTable(" + this.code.quoted(table.name()) + ")"), true));
		for (ForeignKeySnapshot key : later) {
			operations.add(addForeignKey(table.name(), key));
		}
		return operations;
	}

	@Override
	public List<Operation> tableExtra(TableExtra difference) {
		TableSnapshot table = difference.database();
		String name = this.code.quoted(table.name());
		warn("table \"" + table.name() + "\" is not in the model: dropping it loses every row in it, so its dropTable is "
				+ "commented out in " + this.className + "; uncomment it (and its createTable in the downgrade) once sure");
		Statement drop = Statement.onSchema("dropTable(" + name + ")")
			.commentedOut()
			.withNotes("CONFIRM: drops table \"" + table.name() + "\" and every row in it; no entity maps it.");
		Statement restore = Statement.onSchema(createAsItWas(table))
			.commentedOut()
			.withNotes("With the dropTable of the upgrade: creates the table again as the database had it, without its rows.");
		return List.of(Operation.of(Step.DROP_TABLE, table.name(), drop, restore, false));
	}

	@Override
	public List<Operation> columnMissing(ColumnMissing difference) {
		ColumnSnapshot column = difference.model();
		boolean generated = this.identity != null && this.identity.test(difference.table(), column.name());
		String definition = generated ? this.code.column(column, false, identityType(column)) : this.code.column(column);
		ForeignKeySnapshot key = this.keysOfNewColumns.getOrDefault(difference.table(), Map.of()).get(column.name());
		if (key != null) {
			definition += "." + this.code.references(key, ChangesetCode.given(key.name()));
		}
		IndexSnapshot index = this.indexesOfNewColumns.getOrDefault(difference.table(), Map.of()).get(column.name());
		if (index != null) {
			definition += "." + indexed(index, ChangesetCode.given(index.name()));
		}
		Statement add = on(difference.table(), "addColumn(" + definition + ")");
		if (!column.nullable() && column.defaultValue() == null) {
			warn("table \"" + difference.table() + "\": the new column \"" + column.name() + "\" is not null and has no "
					+ "default, so its addColumn fails while the table has rows: give it a default in " + this.className
					+ ", or add it nullable, fill it, then make it not null");
			add = add.withNotes("NOTE: not null without a default: fails while \"" + difference.table()
					+ "\" has rows; give it a default for them.");
		}
		Statement drop = on(difference.table(), "dropColumn(" + this.code.quoted(column.name()) + ")");
		return List.of(Operation.of(Step.ADD_COLUMN, difference.table(), add, drop, true));
	}

	@Override
	public List<Operation> columnExtra(ColumnExtra difference) {
		ColumnSnapshot column = difference.database();
		String table = difference.table();
		warn("table \"" + table + "\": column \"" + column.name() + "\" is not in the model: dropping it loses its values, so "
				+ "its dropColumn is commented out in " + this.className + "; uncomment it (and its addColumn in the "
				+ "downgrade) once sure");
		Statement drop = on(table, "dropColumn(" + this.code.quoted(column.name()) + ")")
			.commentedOut()
			.withNotes("CONFIRM: drops column \"" + table + "\".\"" + column.name() + "\" and its values; no field maps it.");
		Statement restore = on(table, "addColumn(" + this.code.column(column) + ")")
			.commentedOut()
			.withNotes("With the dropColumn of the upgrade: adds the column back as the database had it, not its values.");
		List<Operation> operations = new ArrayList<>();
		operations.add(Operation.of(Step.DROP_COLUMN, table, drop, restore, false));
		PossibleRename rename = this.renames.getOrDefault(table, Map.of()).get(column.name());
		if (rename != null) {
			warn(rename.describe() + ". No tool can tell a rename from a drop and an add by the schema alone (Alembic's "
					+ "autogenerate cannot either): if it is one, use the commented renameColumn in " + this.className
					+ " instead of its addColumn and dropColumn");
			String from = this.code.quoted(rename.databaseColumn());
			String to = this.code.quoted(rename.modelColumn());
			Statement renameColumn = on(table, "renameColumn(" + from + ", " + to + ")")
				.commentedOut()
				.withNotes("POSSIBLE RENAME: \"" + rename.databaseColumn() + "\" may have been renamed to \""
						+ rename.modelColumn() + "\". No tool can tell a rename from a drop and an add by the schema "
						+ "alone (Alembic cannot either). If it was, this line keeps the values: use it instead of the "
						+ "addColumn of \"" + rename.modelColumn() + "\" and the dropColumn of \"" + rename.databaseColumn()
						+ "\".");
			Statement back = on(table, "renameColumn(" + to + ", " + from + ")")
				.commentedOut()
				.withNotes("With the renameColumn of the upgrade, instead of the dropColumn and addColumn here.");
			operations.add(Operation.of(Step.DROP_COLUMN, table, renameColumn, back, true));
		}
		return operations;
	}

	@Override
	public List<Operation> columnDiffers(ColumnDiffers difference) {
		String table = difference.table();
		ColumnSnapshot model = difference.model();
		ColumnSnapshot database = difference.database();
		Type modelType = this.code.typeOf(model);
		Type databaseType = this.code.typeOf(database);
		String loss = difference.typeDiffers() ? PortableTypes.loss(databaseType, modelType) : null;
		List<String> changes = new ArrayList<>();
		List<String> undo = new ArrayList<>();
		if (difference.typeDiffers() && loss == null) {
			changes.add(".type(" + ChangesetCode.type(modelType) + ")");
			undo.add(".type(" + ChangesetCode.type(databaseType) + ")");
		}
		List<String> notes = new ArrayList<>();
		if (difference.nullabilityDiffers()) {
			changes.add(model.nullable() ? ".nullable()" : ".notNull()");
			undo.add(database.nullable() ? ".nullable()" : ".notNull()");
			if (!model.nullable()) {
				warn("table \"" + table + "\": column \"" + model.name() + "\" becomes not null: its alterColumn in "
						+ this.className + " fails while rows hold nulls in it; fill them first");
				notes.add("NOTE: fails while rows hold nulls in \"" + model.name() + "\"; fill them first.");
			}
		}
		if (difference.defaultDiffers()) {
			changes.add(setDefault(model, modelType));
			undo.add(setDefault(database, databaseType));
		}
		List<Operation> operations = new ArrayList<>();
		String column = this.code.quoted(model.name());
		if (!changes.isEmpty()) {
			operations.add(Operation.of(Step.ALTER_COLUMN, table,
					on(table, alter(column, changes)).withNotes(notes.toArray(String[]::new)),
					on(table, alter(column, undo)), true));
		}
		if (loss != null) {
			warn("table \"" + table + "\": column \"" + model.name() + "\" changes from " + databaseType + " to " + modelType
					+ ": " + loss + ", so its alterColumn is commented out in " + this.className
					+ "; uncomment it (and the one in the downgrade) once sure");
			Statement narrow = on(table, alter(column, List.of(".type(" + ChangesetCode.type(modelType) + ")")))
				.commentedOut()
				.withNotes("CONFIRM: " + databaseType + " to " + modelType + ": " + loss + ".");
			Statement widen = on(table, alter(column, List.of(".type(" + ChangesetCode.type(databaseType) + ")")))
				.commentedOut()
				.withNotes("With the alterColumn of the upgrade: the type back, not the values it lost.");
			operations.add(Operation.of(Step.ALTER_COLUMN, table, narrow, widen, true));
		}
		return operations;
	}

	@Override
	public List<Operation> primaryKeyDiffers(PrimaryKeyDiffers difference) {
		String table = difference.table();
		PrimaryKeySnapshot model = difference.model();
		PrimaryKeySnapshot database = difference.database();
		List<Operation> operations = new ArrayList<>();
		if (database != null) {
			String key = this.code.primaryKey(database, keepsPrimaryKeyName(database.name()));
			warn("table \"" + table + "\": the primary key " + Describe.primaryKey(database) + " is not the model's ("
					+ Describe.primaryKey(model) + "): its drop is commented out in " + this.className
					+ "; uncomment it once sure");
			operations.add(Operation.of(Step.DROP_CONSTRAINT, table,
					on(table, "dropConstraint(" + key + ")")
						.commentedOut()
						.withNotes("CONFIRM: drops the primary key " + Describe.primaryKey(database)
								+ "; no rows are lost, and the database stops refusing duplicates."),
					on(table, "addConstraint(" + key + ")")
						.commentedOut()
						.withNotes("With the dropConstraint of the upgrade: the primary key as the database had it."),
					true));
		}
		if (model != null) {
			String key = this.code.primaryKey(model, ChangesetCode.given(model.name()));
			Statement add = on(table, "addConstraint(" + key + ")");
			Statement drop = on(table, "dropConstraint(" + key + ")");
			if (database != null) {
				add = add.commentedOut().withNotes("Runs once the primary key above is dropped.");
				drop = drop.commentedOut();
			}
			operations.add(Operation.of(Step.ADD_PRIMARY_KEY, table, add, drop, true));
		}
		return operations;
	}

	@Override
	public List<Operation> foreignKeyMissing(ForeignKeyMissing difference) {
		ForeignKeySnapshot key = difference.model();
		if (key.columns().size() == 1 && this.keysOfNewColumns.getOrDefault(difference.table(), Map.of())
			.get(key.columns().get(0)) == key) {
			return List.of();
		}
		return List.of(addForeignKey(difference.table(), key));
	}

	@Override
	public List<Operation> foreignKeyExtra(ForeignKeyExtra difference) {
		String table = difference.table();
		ForeignKeySnapshot key = difference.database();
		String declared = this.code.foreignKey(key, true);
		warn("table \"" + table + "\": the foreign key " + Describe.foreignKey(key) + " is not in the model: its drop is "
				+ "commented out in " + this.className + "; uncomment it once sure");
		return List.of(Operation.of(Step.DROP_FOREIGN_KEY, table,
				on(table, "dropConstraint(" + declared + ")")
					.commentedOut()
					.withNotes("CONFIRM: drops the foreign key on " + String.join(", ", key.columns()) + "; no rows are lost, "
							+ "and the database stops checking that each names a row of \"" + key.referencedTable() + "\"."),
				on(table, "addConstraint(" + declared + ")")
					.commentedOut()
					.withNotes("With the dropConstraint of the upgrade: the foreign key as the database had it."),
				true));
	}

	@Override
	public List<Operation> uniqueMissing(UniqueMissing difference) {
		String unique = this.code.unique(difference.model(), ChangesetCode.given(difference.model().name()));
		return List.of(Operation.of(Step.ADD_UNIQUE, difference.table(),
				on(difference.table(), "addConstraint(" + unique + ")"),
				on(difference.table(), "dropConstraint(" + unique + ")"), true));
	}

	@Override
	public List<Operation> uniqueExtra(UniqueExtra difference) {
		String table = difference.table();
		UniqueConstraintSnapshot unique = difference.database();
		String declared = this.code.unique(unique, true);
		warn("table \"" + table + "\": the unique constraint " + Describe.unique(unique) + " is not in the model: its drop is "
				+ "commented out in " + this.className + "; uncomment it once sure");
		return List.of(Operation.of(Step.DROP_CONSTRAINT, table,
				on(table, "dropConstraint(" + declared + ")")
					.commentedOut()
					.withNotes("CONFIRM: drops the unique constraint on " + String.join(", ", unique.columns())
							+ "; no rows are lost, and the database stops refusing duplicates."),
				on(table, "addConstraint(" + declared + ")")
					.commentedOut()
					.withNotes("With the dropConstraint of the upgrade: the unique constraint as the database had it."),
				true));
	}

	@Override
	public List<Operation> indexMissing(IndexMissing difference) {
		IndexSnapshot model = difference.model();
		if (model.columns().size() == 1 && this.indexesOfNewColumns.getOrDefault(difference.table(), Map.of())
			.get(model.columns().get(0)) == model) {
			return List.of();
		}
		String index = this.code.index(difference.model(), ChangesetCode.given(difference.model().name()));
		return List.of(Operation.of(Step.CREATE_INDEX, difference.table(),
				on(difference.table(), "createIndex(" + index + ")"),
				on(difference.table(), "dropIndex(" + index + ")"), true));
	}

	@Override
	public List<Operation> indexExtra(IndexExtra difference) {
		String table = difference.table();
		IndexSnapshot index = difference.database();
		String declared = this.code.index(index, true);
		warn("table \"" + table + "\": the index " + Describe.index(index) + " is not in the model: its drop is commented "
				+ "out in " + this.className + "; uncomment it once sure");
		return List.of(Operation.of(Step.DROP_CONSTRAINT, table,
				on(table, "dropIndex(" + declared + ")")
					.commentedOut()
					.withNotes("CONFIRM: drops the index \"" + index.name() + "\"; no rows are lost"
							+ (index.unique() ? ", and the database stops refusing duplicates." : ", and queries that use it may slow down.")),
				on(table, "createIndex(" + declared + ")")
					.commentedOut()
					.withNotes("With the dropIndex of the upgrade: the index as the database had it."),
				true));
	}

	@Override
	public List<Operation> sequenceMissing(SequenceMissing difference) {
		ModelSequence sequence = difference.model();
		Statement create = Statement.onSchema("execute(" + ChangesetCode.string(createSequence(sequence)) + ")");
		Statement drop = Statement.onSchema("execute(" + ChangesetCode.string(dropSequence(sequence)) + ")");
		if (!hasSequences()) {
			warn("sequence \"" + sequence.name() + "\": the model's generator uses it, and " + this.dialect
					+ " has no sequences: its creation is commented out in " + this.className + "; map the id otherwise");
			create = create.commentedOut().withNotes("NOTE: " + this.dialect + " has no sequences.");
			drop = drop.commentedOut();
		}
		return List.of(Operation.of(Step.CREATE_SEQUENCE, "", create, drop, false));
	}

	@Override
	public List<Operation> sequenceExtra(SequenceExtra difference) {
		ModelSequence sequence = difference.database();
		warn("sequence \"" + sequence.name() + "\" is not in the model: dropping it loses its current value, so its drop is "
				+ "commented out in " + this.className + "; uncomment it once sure");
		return List.of(Operation.of(Step.DROP_SEQUENCE, "",
				Statement.onSchema("execute(" + ChangesetCode.string(dropSequence(sequence)) + ")")
					.commentedOut()
					.withNotes("CONFIRM: drops sequence \"" + sequence.name() + "\" and its current value; no generator "
							+ "of the model uses it."),
				Statement.onSchema("execute(" + ChangesetCode.string(createSequence(sequence)) + ")")
					.commentedOut()
					.withNotes("With the drop of the upgrade: the sequence again, from its start, not from where it was."),
				false));
	}

	/** Whether an index is one a column declares with {@code indexed()}: of that column alone, not unique. */
	private static boolean indexed(IndexSnapshot index) {
		return index.columns().size() == 1 && !index.unique();
	}

	/** The first index a column can declare with {@code indexed()}, of those left; null for none. */
	private static @Nullable IndexSnapshot indexOn(List<IndexSnapshot> indexes, String column) {
		return indexes.stream()
			.filter((index) -> indexed(index) && index.columns().get(0).equals(column))
			.findFirst()
			.orElse(null);
	}

	/** {@code indexed()}, or {@code indexed("name")} when asked. */
	private String indexed(IndexSnapshot index, boolean named) {
		return named ? "indexed(" + this.code.quoted(index.name()) + ")" : "indexed()";
	}

	/** An active call on a table, named as the code names it. */
	private Statement on(String table, String call) {
		return Statement.on(this.code.name(table), call);
	}

	private Operation addForeignKey(String table, ForeignKeySnapshot key) {
		String declared = this.code.foreignKey(key, ChangesetCode.given(key.name()));
		return Operation.of(Step.ADD_FOREIGN_KEY, table, on(table, "addConstraint(" + declared + ")"),
				on(table, "dropConstraint(" + declared + ")"), true);
	}

	/** The createTable of a table as the database has it, every constraint and index by its own name. */
	private String createAsItWas(TableSnapshot table) {
		List<String> elements = new ArrayList<>();
		List<IndexSnapshot> indexes = new ArrayList<>(table.indexes());
		for (ColumnSnapshot column : table.columns()) {
			IndexSnapshot index = indexOn(indexes, column.name());
			elements.add(this.code.column(column) + ((index != null) ? "." + indexed(index, true) : ""));
			indexes.remove(index);
		}
		PrimaryKeySnapshot primaryKey = table.primaryKey();
		if (primaryKey != null) {
			elements.add(this.code.primaryKey(primaryKey, keepsPrimaryKeyName(primaryKey.name())));
		}
		for (UniqueConstraintSnapshot unique : table.uniqueConstraints()) {
			elements.add(this.code.unique(unique, unique.name() != null));
		}
		for (ForeignKeySnapshot key : table.foreignKeys()) {
			elements.add(this.code.foreignKey(key, key.name() != null));
		}
		StringBuilder call = new StringBuilder("createTable(" + this.code.quoted(table.name()) + ",");
		for (int i = 0; i < elements.size(); i++) {
			call.append("\n\t\t").append(elements.get(i)).append((i < elements.size() - 1) ? "," : ")");
		}
		for (IndexSnapshot index : indexes) {
			call.append("\n\t.createIndex(").append(this.code.index(index, true)).append(")");
		}
		return call.toString();
	}

	/** The dialect's identity column of a column's type: {@code Type.raw("bigint generated by default as identity")}. */
	private Type identityType(ColumnSnapshot column) {
		String name = this.code.typeOf(column).toString();
		return Type.raw(switch (this.dialect) {
			case "mysql" -> name + " auto_increment";
			case "sqlite" -> "integer";
			default -> name + " generated by default as identity";
		});
	}

	/**
	 * How the dialect declares an identity column of the integer type of a table's one-column primary key:
	 * {@code bigint generated by default as identity}; null when the key is not an integer without a default.
	 */
	private @Nullable String identity(TableSnapshot table, PrimaryKeySnapshot key) {
		ColumnSnapshot column = table.column(key.columns().get(0));
		if (column == null || column.defaultValue() != null) {
			return null;
		}
		Type.Kind kind = this.code.typeOf(column).kind();
		if (kind != Type.Kind.SMALLINT && kind != Type.Kind.INTEGER && kind != Type.Kind.BIGINT) {
			return null;
		}
		return String.valueOf(identityType(column).sql());
	}

	private void checksLeftOut(TableSnapshot table) {
		if (!table.checkConstraints().isEmpty()) {
			warn("table \"" + table.name() + "\": its " + table.checkConstraints().size() + " check constraint(s) are not "
					+ "written into " + this.className + "; add them with addConstraint(Check...)");
		}
	}

	/** {@code .defaultValue(...)} or {@code .dropDefault()} on a {@code ColumnChange}, to the column's default. */
	private static String setDefault(ColumnSnapshot column, Type type) {
		return (column.defaultValue() != null) ? "." + ChangesetCode.defaultValue(column.defaultValue(), type)
				: ".dropDefault()";
	}

	private static String alter(String column, List<String> changes) {
		return "alterColumn(" + column + ", (column) -> column" + String.join("", changes) + ")";
	}

	/** The name of a primary key, quoted, for {@code primaryKey(...)} on a column; empty for an automatic one. */
	private String givenName(@Nullable String name) {
		return ChangesetCode.given(name) ? this.code.quoted(String.valueOf(name)) : "";
	}

	/** Whether a database's primary key name is its own, not one the database makes up ({@code PRIMARY}, {@code CONSTRAINT_8}). */
	private static boolean keepsPrimaryKeyName(@Nullable String name) {
		return name != null && !name.equalsIgnoreCase("PRIMARY") && !name.matches("(?i)(CONSTRAINT|PRIMARY_KEY)_[0-9A-F]+");
	}

	/** Whether a table is there when a new one referencing it is created: one of the database's, or created before. */
	private boolean exists(String table) {
		return !this.newTables.contains(table) || this.created.contains(table);
	}

	private boolean hasSequences() {
		return !this.dialect.equals("sqlite");
	}

	private String createSequence(ModelSequence sequence) {
		return "CREATE SEQUENCE " + this.code.name(sequence.name()) + " START WITH " + sequence.start() + " INCREMENT BY "
				+ sequence.increment();
	}

	private String dropSequence(ModelSequence sequence) {
		return "DROP SEQUENCE " + this.code.name(sequence.name());
	}

	private void warn(String warning) {
		this.warnings.add(warning);
	}

	/** The new tables, each after the new tables it references (cycles broken in name order). */
	private static List<String> creationOrder(Map<String, TableSnapshot> missing) {
		List<String> order = new ArrayList<>();
		Set<String> visiting = new HashSet<>();
		for (String table : missing.keySet()) {
			visit(table, missing, order, visiting);
		}
		return order;
	}

	private static void visit(String table, Map<String, TableSnapshot> missing, List<String> order, Set<String> visiting) {
		if (order.contains(table) || !visiting.add(table)) {
			return;
		}
		for (ForeignKeySnapshot key : missing.get(table).foreignKeys()) {
			if (missing.containsKey(key.referencedTable()) && !key.referencedTable().equals(table)) {
				visit(key.referencedTable(), missing, order, visiting);
			}
		}
		order.add(table);
	}

}
