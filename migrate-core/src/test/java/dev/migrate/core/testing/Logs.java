package dev.migrate.core.testing;

import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/** What is logged while a test runs: the messages of the loggers under a name, by default {@code dev.migrate}. */
public final class Logs implements AutoCloseable {

	private final Logger logger;

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private Logs(String name) {
		this.logger = (Logger) LoggerFactory.getLogger(name);
		this.appender.start();
		this.logger.addAppender(this.appender);
	}

	/** Starts capturing what the engine logs. */
	public static Logs capture() {
		return new Logs("dev.migrate");
	}

	/** Starts capturing what the loggers under a name log, a driver's for example. */
	public static Logs capture(String name) {
		return new Logs(name);
	}

	/** The messages logged so far, as "LEVEL message". */
	public List<String> lines() {
		return this.appender.list.stream().map((event) -> event.getLevel() + " " + event.getFormattedMessage()).toList();
	}

	@Override
	public void close() {
		this.logger.detachAppender(this.appender);
	}

}
