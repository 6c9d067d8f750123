package dev.migrate.core.model.blog;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/** A tag, whose identifiers come from a sequence of its own. */
@MappedSuperclass
public abstract class TagColumns {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tag_seq")
	@SequenceGenerator(name = "tag_seq", sequenceName = "tag_seq", allocationSize = 10)
	Long id;

	@Column(length = 50, nullable = false)
	String label;

}
