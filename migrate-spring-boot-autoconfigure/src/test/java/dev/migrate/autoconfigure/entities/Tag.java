package dev.migrate.autoconfigure.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The tag table of version 2 of the test repository. */
@Entity
public class Tag {

	@Id
	private Long id;

	@Column(length = 50, nullable = false)
	private String name;

	protected Tag() {
	}

	public Tag(Long id, String name) {
		this.id = id;
		this.name = name;
	}

	public String getName() {
		return this.name;
	}

}
