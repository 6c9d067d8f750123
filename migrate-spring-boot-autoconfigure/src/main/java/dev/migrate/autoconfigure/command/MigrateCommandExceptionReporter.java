package dev.migrate.autoconfigure.command;

import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Reports the end of a {@code migrate.command} run, a {@link MigrateCommandException} anywhere in the cause
 * chain, silently: the result is already printed, so Spring Boot prints no "APPLICATION FAILED TO START" and
 * no stack trace. Ordered first, before the failure analyzers; any other failure is left to them.
 */
public final class MigrateCommandExceptionReporter implements SpringBootExceptionReporter, Ordered {

	private final @Nullable ConfigurableApplicationContext context;

	private final IntConsumer exit;

	public MigrateCommandExceptionReporter(@Nullable ConfigurableApplicationContext context) {
		this(context, System::exit);
	}

	MigrateCommandExceptionReporter(@Nullable ConfigurableApplicationContext context, IntConsumer exit) {
		this.context = context;
		this.exit = exit;
	}

	@Override
	public boolean reportException(Throwable failure) {
		MigrateCommandException ended = find(failure);
		if (ended == null) {
			return false;
		}
		if (ended.getExitCode() == 0 && isMainThread()) {
			exitWithSuccess();
		}
		return true;
	}

	/**
	 * The one place where a command ends the process itself. For a non-zero exit code Spring Boot does it:
	 * {@link SpringApplication} (handleExitCode) finds the exception's {@code ExitCodeGenerator} and registers
	 * the code, and its {@code SpringBootExceptionHandler} calls {@code System.exit} with it when the exception
	 * leaves the main thread. For 0 it registers nothing, and a main thread that ends with an exception ends the
	 * JVM with 1; so here the context is closed and the JVM exits with 0. As with Spring Boot's handler, only
	 * on the main thread: an application run from another thread (a test) gets the exception from {@code run}.
	 */
	private void exitWithSuccess() {
		if (this.context != null) {
			this.context.close();
		}
		this.exit.accept(0);
	}

	/** Spring Boot's test in SpringApplication#isMainThread, which decides whether its handler exits. */
	private static boolean isMainThread() {
		Thread thread = Thread.currentThread();
		return ("main".equals(thread.getName()) || "restartedMain".equals(thread.getName()))
				&& "main".equals(thread.getThreadGroup().getName());
	}

	private static @Nullable MigrateCommandException find(@Nullable Throwable failure) {
		for (Throwable each = failure; each != null; each = (each.getCause() != each) ? each.getCause() : null) {
			if (each instanceof MigrateCommandException ended) {
				return ended;
			}
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
