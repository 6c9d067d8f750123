/**
 * The application jar as the operator's command line: {@code migrate.command} runs one command in place of
 * the application, prints its result, and ends the process before the rest of the application starts.
 */
@NullMarked
package dev.migrate.autoconfigure.command;

import org.jspecify.annotations.NullMarked;
