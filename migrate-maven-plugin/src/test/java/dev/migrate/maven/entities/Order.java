package dev.migrate.maven.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entity in a package of its own. */
@Entity
@Table(name = "orders")
public class Order {

	@Id
	private Long id;

}
