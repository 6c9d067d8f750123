/** A whole application for the command line's tests. */
@NullMarked
package dev.migrate.autoconfigure.command.app;

import org.jspecify.annotations.NullMarked;
