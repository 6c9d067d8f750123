package dev.migrate.core.model.types;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** What a sample refers to, its identifiers from Hibernate's default sequence ({@code other_seq}). */
@Entity
public class Other {

	@Id
	@GeneratedValue
	Long id;

	String name;

}
