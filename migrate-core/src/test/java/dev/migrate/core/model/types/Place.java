package dev.migrate.core.model.types;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An embeddable: its columns are its owner's. */
@Embeddable
public class Place {

	@Column(length = 80)
	String city;

	@Column(length = 2, nullable = false)
	String country;

}
