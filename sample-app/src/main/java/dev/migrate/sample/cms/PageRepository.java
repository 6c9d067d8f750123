package dev.migrate.sample.cms;

import org.springframework.data.jpa.repository.JpaRepository;

/** The pages. */
interface PageRepository extends JpaRepository<Page, Integer> {

}
