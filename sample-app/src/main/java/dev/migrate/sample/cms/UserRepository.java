package dev.migrate.sample.cms;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The users, found by login. */
interface UserRepository extends JpaRepository<User, Integer> {

	Optional<User> findByLogin(String login);

}
