package dev.migrate.maven.entities.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity in a sub-package, for the scan of the compiled classes. */
@Entity
public class Item {

	@Id
	private Long id;

}
