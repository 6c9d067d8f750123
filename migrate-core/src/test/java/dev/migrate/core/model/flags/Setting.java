package dev.migrate.core.model.flags;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A setting whose flags have defaults, written in a {@code columnDefinition} as people write them for MySQL. */
@Entity
public class Setting {

	@Id
	Long id;

	@Column(columnDefinition = "bit(1) default 0")
	Boolean hidden;

	@Column(columnDefinition = "boolean default true")
	Boolean cached;

}
