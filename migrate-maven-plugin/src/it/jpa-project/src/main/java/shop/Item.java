package shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Item {

	@Id
	private Long id;

	@Column(length = 100, nullable = false)
	private String name;

}
