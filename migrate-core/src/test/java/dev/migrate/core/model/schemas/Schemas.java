package dev.migrate.core.model.schemas;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Entities that name their schema: H2's own, and another. */
public final class Schemas {

	private Schemas() {
	}

	/** In the schema the tests read (H2's {@code PUBLIC}), named. */
	@Entity
	@Table(name = "here", schema = "public")
	public static class Here {

		@Id
		Long id;

	}

	/** In a schema of its own. */
	@Entity
	@Table(name = "elsewhere", schema = "elsewhere")
	public static class Elsewhere {

		@Id
		Long id;

	}

}
