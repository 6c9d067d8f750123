package dev.migrate.sample.cms;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The tags, found by name. */
interface TagRepository extends JpaRepository<Tag, Integer> {

	Optional<Tag> findByName(String name);

}
