package dev.migrate.core.schema;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** A column: lower-case type name, size (length, or decimal precision), decimal scale, nullability, trimmed default. */
public record ColumnSnapshot(String name, String type, @Nullable Integer size, @Nullable Integer scale,
		boolean nullable, @Nullable String defaultValue) {

	/** Checks the name and the type are present. */
	public ColumnSnapshot {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
	}

	/** The type as DDL would spell it: {@code varchar(100)}, {@code numeric(10,2)}, {@code int4}. */
	public String typeDeclaration() {
		if (this.size == null) {
			return this.type;
		}
		return this.type + "(" + this.size + ((this.scale != null) ? "," + this.scale : "") + ")";
	}

}
