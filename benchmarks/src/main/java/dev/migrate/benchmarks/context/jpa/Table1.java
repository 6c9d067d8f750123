package dev.migrate.benchmarks.context.jpa;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** The workload's table {@code t_1}, as its changeset creates it. */
@Entity
@Table(name = "t_1", indexes = @Index(name = "ix_t_1_name", columnList = "name"))
public class Table1 {

	@Id
	private @Nullable Long id;

	@Column(length = 100)
	private @Nullable String name;

	private @Nullable LocalDateTime createdAt;

	protected Table1() {
	}

}
