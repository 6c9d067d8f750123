package dev.migrate.core.schema;

/** What a table is created from: its columns and its table constraints. */
public sealed interface TableElement permits Column, Constraint {

}
