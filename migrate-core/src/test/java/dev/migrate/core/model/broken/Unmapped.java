package dev.migrate.core.model.broken;

import jakarta.persistence.Entity;

/** An entity without an identifier, which Hibernate refuses to map. */
@Entity
public class Unmapped {

	String name;

}
