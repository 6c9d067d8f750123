package dev.migrate.core.dialect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.migrate.core.schema.Check;
import dev.migrate.core.schema.Column;
import dev.migrate.core.schema.ColumnDefault;
import dev.migrate.core.schema.Constraint;
import dev.migrate.core.schema.DdlRenderer;
import dev.migrate.core.schema.ForeignKey;
import dev.migrate.core.schema.NotRenderableException;
import dev.migrate.core.schema.PrimaryKey;
import dev.migrate.core.schema.SchemaChange;
import dev.migrate.core.schema.SchemaChange.AddColumn;
import dev.migrate.core.schema.SchemaChange.AddConstraint;
import dev.migrate.core.schema.SchemaChange.AlterColumn;
import dev.migrate.core.schema.SchemaChange.CreateIndex;
import dev.migrate.core.schema.SchemaChange.CreateTable;
import dev.migrate.core.schema.SchemaChange.DropColumn;
import dev.migrate.core.schema.SchemaChange.DropConstraint;
import dev.migrate.core.schema.SchemaChange.DropIndex;
import dev.migrate.core.schema.SchemaChange.DropTable;
import dev.migrate.core.schema.SchemaChange.ExecuteSql;
import dev.migrate.core.schema.SchemaChange.RenameColumn;
import dev.migrate.core.schema.SchemaChange.RenameIndex;
import dev.migrate.core.schema.SchemaChange.RenameTable;
import dev.migrate.core.schema.SchemaChange.UpdateData;
import dev.migrate.core.schema.Type;
import dev.migrate.core.schema.Unique;
import dev.migrate.core.schema.UnsupportedChangeException;
import org.jspecify.annotations.Nullable;

/**
 * The SQL the three databases share (SQL:2003 DDL as PostgreSQL and H2 speak it); each database's renderer
 * overrides what it says otherwise. Names arrive checked (letters, digits, underscores) and are always
 * quoted.
 */
abstract class StandardDdlRenderer implements DdlRenderer {

	@Override
	public List<String> render(SchemaChange change) {
		if (change instanceof CreateTable create) {
			return List.of(createTable(create));
		}
		if (change instanceof DropTable drop) {
			return List.of("DROP TABLE " + quote(drop.table()));
		}
		if (change instanceof RenameTable rename) {
			return List.of(renameTable(rename));
		}
		if (change instanceof AddColumn add) {
			return List.of(alterTable(add.table()) + " ADD COLUMN " + columnDefinition(add.column(), change));
		}
		if (change instanceof DropColumn drop) {
			return List.of(alterTable(drop.table()) + " DROP COLUMN " + quote(drop.column()));
		}
		if (change instanceof RenameColumn rename) {
			return List.of(alterTable(rename.table()) + " RENAME COLUMN " + quote(rename.column()) + " TO "
					+ quote(rename.newName()));
		}
		if (change instanceof AlterColumn alter) {
			return alterColumn(alter);
		}
		if (change instanceof CreateIndex create) {
			return List.of("CREATE " + (create.index().isUnique() ? "UNIQUE " : "") + "INDEX " + quote(create.index().name())
					+ " ON " + quote(create.table()) + " " + columns(create.index().columns()));
		}
		if (change instanceof DropIndex drop) {
			return List.of(dropIndex(drop));
		}
		if (change instanceof RenameIndex rename) {
			return List.of(renameIndex(rename));
		}
		if (change instanceof AddConstraint add) {
			return List.of(alterTable(add.table()) + " ADD " + constraint(add.constraint()));
		}
		if (change instanceof DropConstraint drop) {
			return dropConstraint(drop);
		}
		if (change instanceof ExecuteSql sql) {
			return List.of(sql.sql());
		}
		return List.of(inline((UpdateData) change));
	}

	/** Quotes a name as the database stores it. */
	String quote(@Nullable String name) {
		return '"' + String.valueOf(name) + '"';
	}

	/** The database's spelling of a portable type. */
	abstract String type(Type type, SchemaChange change);

	/** The current timestamp, for a column of this type. */
	String currentTimestamp(Type type) {
		return "CURRENT_TIMESTAMP";
	}

	String createTable(CreateTable create) {
		List<String> parts = new ArrayList<>();
		for (Column column : create.columns()) {
			parts.add(columnDefinition(column, create));
		}
		for (Constraint constraint : create.constraints()) {
			parts.add(constraint(constraint));
		}
		return "CREATE TABLE " + quote(create.table()) + " (" + String.join(", ", parts) + ")";
	}

	String renameTable(RenameTable rename) {
		return alterTable(rename.table()) + " RENAME TO " + quote(rename.newName());
	}

	String dropIndex(DropIndex drop) {
		return "DROP INDEX " + quote(drop.name());
	}

	String renameIndex(RenameIndex rename) {
		return "ALTER INDEX " + quote(rename.name()) + " RENAME TO " + quote(rename.newName());
	}

	List<String> dropConstraint(DropConstraint drop) {
		return List.of(alterTable(drop.table()) + " DROP CONSTRAINT " + quote(drop.name()));
	}

	/** Changes a column one property at a time: type, default, nullability. */
	List<String> alterColumn(AlterColumn alter) {
		String column = alterTable(alter.table()) + " ALTER COLUMN " + quote(alter.column());
		List<String> statements = new ArrayList<>();
		if (alter.type() != null) {
			statements.add(column + " " + setType() + " " + type(alter.type(), alter));
		}
		if (alter.changesDefault()) {
			ColumnDefault value = alter.columnDefault();
			statements.add(column + ((value != null) ? " SET DEFAULT " + defaultValue(value, typeOf(alter)) : " DROP DEFAULT"));
		}
		if (alter.nullable() != null) {
			statements.add(column + (alter.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
		}
		return statements;
	}

	/** The words before the new type in {@code ALTER COLUMN}. */
	String setType() {
		return "SET DATA TYPE";
	}

	/** The type of an altered column where it matters for its default: the new one, else unknown. */
	static @Nullable Type typeOf(AlterColumn alter) {
		return alter.type();
	}

	String alterTable(String table) {
		return "ALTER TABLE " + quote(table);
	}

	/** {@code "name" TYPE DEFAULT x NOT NULL}: H2 wants the default before the nullability. */
	String columnDefinition(Column column, SchemaChange change) {
		StringBuilder definition = new StringBuilder(quote(column.name())).append(' ').append(type(column.type(), change));
		ColumnDefault value = column.columnDefault();
		if (value != null) {
			definition.append(" DEFAULT ").append(defaultValue(value, column.type()));
		}
		definition.append(column.isNullable() ? nullable() : " NOT NULL");
		return definition.toString();
	}

	/** What a nullable column says: nothing, where that is the rule. */
	String nullable() {
		return "";
	}

	String defaultValue(ColumnDefault value, @Nullable Type type) {
		if (value instanceof ColumnDefault.Literal literal) {
			return literal(literal.value());
		}
		if (value instanceof ColumnDefault.Expression expression) {
			return expression.sql();
		}
		return (type != null) ? currentTimestamp(type) : "CURRENT_TIMESTAMP";
	}

	String constraint(Constraint constraint) {
		String named = "CONSTRAINT " + quote(constraint.name()) + " ";
		if (constraint instanceof PrimaryKey key) {
			return named + "PRIMARY KEY " + columns(key.columns());
		}
		if (constraint instanceof Unique unique) {
			return named + "UNIQUE " + columns(unique.columns());
		}
		if (constraint instanceof Check check) {
			return named + "CHECK (" + check.expression() + ")";
		}
		ForeignKey key = (ForeignKey) constraint;
		return named + "FOREIGN KEY " + columns(key.columns()) + " REFERENCES " + quote(key.referencedTable()) + " "
				+ columns(key.referencedColumns())
				+ ((key.onDelete() != ForeignKey.Action.NO_ACTION) ? " ON DELETE " + key.onDelete().sql() : "")
				+ ((key.onUpdate() != ForeignKey.Action.NO_ACTION) ? " ON UPDATE " + key.onUpdate().sql() : "");
	}

	String columns(List<String> columns) {
		return columns.stream().map(this::quote).collect(Collectors.joining(", ", "(", ")"));
	}

	/** An SQL literal of text, a number, a boolean or null. */
	String literal(@Nullable Object value) {
		if (value == null) {
			return "NULL";
		}
		if (value instanceof Boolean bool) {
			return bool ? "TRUE" : "FALSE";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Number number) {
			return number.toString();
		}
		if (value instanceof String text) {
			return "'" + escape(text) + "'";
		}
		throw new NotRenderableException("A " + value.getClass().getName() + " cannot be written as an SQL literal: "
				+ "only text, numbers, booleans and null are");
	}

	/** Escapes text between single quotes. */
	String escape(String text) {
		return text.replace("'", "''");
	}

	/** A data update with its parameters written as literals, for a dry run or a recorded script. */
	String inline(UpdateData update) {
		StringBuilder sql = new StringBuilder();
		int parameter = 0;
		char quote = 0;
		for (char each : update.sql().toCharArray()) {
			if (quote != 0) {
				quote = (each == quote) ? 0 : quote;
			}
			else if (each == '\'' || each == '"' || each == '`') {
				quote = each;
			}
			else if (each == '?') {
				if (parameter >= update.parameters().size()) {
					throw new IllegalArgumentException("The update has more ? than its " + update.parameters().size()
							+ " parameters: " + update.sql());
				}
				sql.append(literal(update.parameters().get(parameter++)));
				continue;
			}
			sql.append(each);
		}
		if (parameter != update.parameters().size()) {
			throw new IllegalArgumentException("The update has " + parameter + " ? but " + update.parameters().size()
					+ " parameters: " + update.sql());
		}
		return sql.toString();
	}

	UnsupportedChangeException unsupported(SchemaChange change, String reason) {
		return new UnsupportedChangeException(dialect(), change.describe(), reason);
	}

}
