package dev.migrate.sample.cms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A label on pages; version 3 brought it. */
@Entity
@Table(name = "tag")
public class Tag {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Integer id;

	@Column(nullable = false, length = 50)
	private String name;

	protected Tag() {
		this.name = "";
	}

	public Tag(String name) {
		this.name = name;
	}

	public @Nullable Integer getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

}
