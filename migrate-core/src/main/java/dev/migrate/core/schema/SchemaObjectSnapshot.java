package dev.migrate.core.schema;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A schema object besides a table: its kind (one of {@link #KINDS}), its name, and its properties in a
 * fixed order, as the database writes them back and normalised so that an object dropped and created
 * again compares equal (the schema's own qualifier stripped, OIDs and definers left out). A view, a
 * function, a procedure or a trigger has one property, its {@code definition}; a sequence has
 * {@code owned by}, {@code increment}, {@code start}, {@code min}, {@code max} and {@code cycle} (never its
 * current value); an enum type its {@code labels}; a domain its {@code base type}, {@code not null},
 * {@code default} and {@code constraints}; an extension its {@code version}; a comment its {@code text}.
 * A function is named with its argument types ({@code add_one(integer)}), a trigger with its table
 * ({@code page.page_audit}), a comment with what it is on ({@code column "page"."title"}), a grant with its
 * table and grantee ({@code on "page" to "reader"}).
 */
public record SchemaObjectSnapshot(String kind, String name, Map<String, String> properties) {

	/** The kinds, in the order a snapshot lists them and a diff reports them. */
	public static final List<String> KINDS = List.of("view", "materialized view", "function", "procedure", "trigger",
			"sequence", "type", "domain", "extension", "comment", "grant");

	/** The property of an object that is one definition. */
	public static final String DEFINITION = "definition";

	/** The value of a property the object does not have (a sequence owned by no column, a domain without default). */
	public static final String NONE = "(none)";

	/** Kind by {@link #KINDS} (unknown kinds last, by name), then name. */
	static final Comparator<SchemaObjectSnapshot> ORDER = Comparator
		.comparingInt((SchemaObjectSnapshot object) -> rank(object.kind()))
		.thenComparing(SchemaObjectSnapshot::kind)
		.thenComparing(SchemaObjectSnapshot::name);

	/** Checks kind and name are present and copies the properties, keeping their order. */
	public SchemaObjectSnapshot {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(name, "name");
		properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
	}

	/** An object whose only property is its definition. */
	public static SchemaObjectSnapshot of(String kind, String name, String definition) {
		return new SchemaObjectSnapshot(kind, name, Map.of(DEFINITION, definition));
	}

	/** The definition, or null when the object has none (a sequence, a type). */
	public @Nullable String definition() {
		return this.properties.get(DEFINITION);
	}

	/** How a diff names the object: {@code view "post_view"}, {@code comment on table "page"}. */
	public String label() {
		return switch (this.kind) {
			case "comment" -> "comment on " + this.name;
			case "grant" -> "grant " + this.name;
			default -> this.kind + " \"" + this.name + "\"";
		};
	}

	private static int rank(String kind) {
		int rank = KINDS.indexOf(kind);
		return (rank < 0) ? KINDS.size() : rank;
	}

}
