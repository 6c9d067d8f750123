package dev.migrate.core.model.blog;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.ColumnDefault;

/** A post's columns but its author, as every entity set of the blog maps them unless it changes them. */
@MappedSuperclass
public abstract class PostColumns {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Column(length = 200, nullable = false)
	String title;

	@Column(length = 20, nullable = false)
	@ColumnDefault("'draft'")
	String status;

	@ColumnDefault("0")
	int votes;

	@Column(precision = 10, scale = 2)
	BigDecimal price;

	Instant publishedAt;

}
