package dev.migrate.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lays statements out as the body of a method, the way this project writes changesets: consecutive calls on
 * one table chained under one {@code schema.table("...")}, a blank line where the table changes, comment
 * lines wrapped, and statements to confirm commented out line by line.
 */
final class SourceLayout {

	private static final String INDENT = "\t\t";

	private static final int WIDTH = 110;

	private SourceLayout() {
	}

	/** The lines of a method body, each indented for a method of a top-level class. */
	static List<String> body(List<Statement> statements) {
		List<String> lines = new ArrayList<>();
		List<List<Statement>> blocks = blocks(statements);
		String previousTable = null;
		boolean previousNoted = false;
		for (int i = 0; i < blocks.size(); i++) {
			List<Statement> block = blocks.get(i);
			Statement first = block.get(0);
			String table = (first.table() != null) ? first.table() : "";
			if (i > 0 && (!table.equals(previousTable) || !first.notes().isEmpty() || previousNoted)) {
				lines.add("");
			}
			previousTable = table;
			previousNoted = !first.notes().isEmpty();
			for (String note : first.notes()) {
				for (String line : wrap(note, WIDTH - INDENT.length() * 4 - 3)) {
					lines.add(INDENT + "// " + line);
				}
			}
			for (String line : code(block)) {
				lines.add(INDENT + (first.commented() ? "// " : "") + line);
			}
		}
		return lines;
	}

	/** Runs of statements to write as one: active calls on the same table, chained; any other alone. */
	private static List<List<Statement>> blocks(List<Statement> statements) {
		List<List<Statement>> blocks = new ArrayList<>();
		List<Statement> chain = null;
		for (Statement statement : statements) {
			boolean chains = chain != null && !statement.commented() && statement.notes().isEmpty()
					&& statement.table() != null && Objects.equals(chain.get(0).table(), statement.table())
					&& !statement.call().contains("\n");
			if (chains) {
				chain.add(statement);
				continue;
			}
			chain = new ArrayList<>(List.of(statement));
			blocks.add(chain);
			if (statement.commented() || statement.table() == null || statement.call().contains("\n")) {
				chain = null;
			}
		}
		return blocks;
	}

	private static List<String> code(List<Statement> block) {
		Statement first = block.get(0);
		List<String> lines = new ArrayList<>();
		if (first.table() == null) {
			lines.addAll(List.of(("schema." + first.call() + ";").split("\n")));
		}
		else if (block.size() == 1) {
			lines.addAll(List.of(("schema.table(" + ChangesetCode.string(first.table()) + ")." + first.call() + ";").split("\n")));
		}
		else {
			lines.add("schema.table(" + ChangesetCode.string(first.table()) + ")");
			for (int i = 0; i < block.size(); i++) {
				lines.add("\t." + block.get(i).call() + ((i == block.size() - 1) ? ";" : ""));
			}
		}
		return lines;
	}

	/** Words in lines of at most {@code width} characters (a longer word on a line of its own). */
	static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split("\\s+")) {
			if (line.length() > 0 && line.length() + 1 + word.length() > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append((line.length() > 0) ? " " : "").append(word);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}

}
