/**
 * The Maven plugin: {@code mvn migrate:<goal>} runs one engine command on the project's database,
 * configured as the application configures itself.
 */
@NullMarked
package dev.migrate.maven;

import org.jspecify.annotations.NullMarked;
