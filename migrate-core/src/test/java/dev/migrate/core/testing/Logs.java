package dev.migrate.core.testing;

import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/** What the engine logs while a test runs: the messages of the loggers under {@code dev.migrate}. */
public final class Logs implements AutoCloseable {

	private final Logger logger = (Logger) LoggerFactory.getLogger("dev.migrate");

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private Logs() {
		this.appender.start();
		this.logger.addAppender(this.appender);
	}

	/** Starts capturing. */
	public static Logs capture() {
		return new Logs();
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
