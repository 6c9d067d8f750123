package dev.migrate.core.model.blog;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** An author's columns, as every entity set of the blog maps them unless it changes them. */
@MappedSuperclass
public abstract class AuthorColumns {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(length = 100, nullable = false)
	String name;

	@Column(length = 200, unique = true)
	String email;

}
