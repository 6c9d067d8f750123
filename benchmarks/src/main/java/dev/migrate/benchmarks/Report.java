package dev.migrate.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Writes results as a Markdown table, as the JSON of {@code results/latest.json}, and as an SVG chart. */
final class Report {

	private static final Map<String, String> COLORS = Map.of("migrate", "#1b7f3b", "flyway", "#c0392b", "liquibase",
			"#2471a3", "raw", "#7f8c8d", "none", "#7f8c8d", "migrate_test", "#52be80", "migrate_jpa_off", "#7dcea0",
			"migrate_jpa_warn", "#145a32");

	private final String machine;

	private final List<Result> results;

	Report(String machine, List<Result> results) {
		this.machine = machine;
		this.results = List.copyOf(results);
	}

	/** One row per scenario, N and tool: medians with min and max, and ratios to raw JDBC and to Migrate. */
	String markdown() {
		StringBuilder table = new StringBuilder();
		table.append("Machine: ").append(this.machine).append("\n\n");
		table.append("| scenario | N | tool | median ms | min ms | max ms | runs | × raw JDBC | × Migrate |\n");
		table.append("|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
		for (Result result : this.results) {
			table.append(String.format(Locale.ROOT, "| %s | %d | %s | %.1f | %.1f | %.1f | %d | %s | %s |%n",
					result.scenario(), result.n(), result.tool(), result.median(), result.min(), result.max(),
					result.timesMs().size(), ratio(result, "raw"), ratio(result, "migrate")));
		}
		table.append("\n× raw JDBC and × Migrate: the row's median divided by that tool's median in the same scenario and N.\n");
		return table.toString();
	}

	private String ratio(Result result, String tool) {
		Optional<Result> base = this.results.stream()
			.filter((other) -> other.scenario().equals(result.scenario()) && other.n() == result.n()
					&& other.tool().equals(tool))
			.findFirst();
		return base.map((other) -> String.format(Locale.ROOT, "%.2f", result.median() / other.median())).orElse("");
	}

	String json() {
		StringBuilder json = new StringBuilder("{\n  \"machine\": \"").append(escape(this.machine)).append("\",\n  \"results\": [\n");
		for (int i = 0; i < this.results.size(); i++) {
			Result result = this.results.get(i);
			json.append(String.format(Locale.ROOT,
					"    {\"scenario\": \"%s\", \"n\": %d, \"tool\": \"%s\", \"median_ms\": %.3f, \"min_ms\": %.3f, "
							+ "\"max_ms\": %.3f, \"runs\": %d}%s%n",
					result.scenario(), result.n(), result.tool(), result.median(), result.min(), result.max(),
					result.timesMs().size(), (i < this.results.size() - 1) ? "," : ""));
		}
		return json.append("  ]\n}\n").toString();
	}

	/** One panel per scenario: median time against N, log scales, one line per tool. */
	String svg() {
		Map<String, List<Result>> byScenario = new LinkedHashMap<>();
		this.results.forEach((result) -> byScenario.computeIfAbsent(result.scenario(), (key) -> new ArrayList<>()).add(result));
		int panelWidth = 420;
		int height = 340;
		StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
				panelWidth * byScenario.size(), height));
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
		int panel = 0;
		for (Map.Entry<String, List<Result>> entry : byScenario.entrySet()) {
			panel(svg, entry.getKey(), entry.getValue(), panel * panelWidth, panelWidth, height);
			panel++;
		}
		return svg.append("</svg>\n").toString();
	}

	private static void panel(StringBuilder svg, String scenario, List<Result> results, int x0, int width, int height) {
		int left = x0 + 60;
		int right = x0 + width - 20;
		int top = 40;
		int bottom = height - 80;
		TreeSet<Integer> ns = new TreeSet<>();
		results.forEach((result) -> ns.add(result.n()));
		double minMs = results.stream().mapToDouble(Result::median).min().orElse(1);
		double maxMs = results.stream().mapToDouble(Result::median).max().orElse(10);
		double lowY = Math.floor(Math.log10(Math.max(minMs, 0.1)));
		double highY = Math.ceil(Math.log10(Math.max(maxMs, 1))) + ((maxMs == minMs) ? 1 : 0);
		double lowX = Math.log10(ns.first());
		double highX = Math.log10(ns.last()) + ((ns.size() == 1) ? 1 : 0);
		svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-weight=\"bold\">%s: median ms against N (log scales)</text>%n",
				left, scenario));
		svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", left, bottom, right, bottom));
		svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", left, top, left, bottom));
		for (double decade = lowY; decade <= highY; decade++) {
			double y = bottom - (decade - lowY) / (highY - lowY) * (bottom - top);
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
					left, y, right, y, left - 5, y + 4, label(Math.pow(10, decade))));
		}
		for (int n : ns) {
			double x = left + (Math.log10(n) - lowX) / (highX - lowX) * (right - left - 20) + 10;
			svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n", x, bottom + 16, n));
		}
		Map<String, List<Result>> byTool = new LinkedHashMap<>();
		results.forEach((result) -> byTool.computeIfAbsent(result.tool(), (key) -> new ArrayList<>()).add(result));
		int legend = 0;
		for (Map.Entry<String, List<Result>> tool : byTool.entrySet()) {
			String color = COLORS.getOrDefault(tool.getKey(), "black");
			StringBuilder points = new StringBuilder();
			for (Result result : tool.getValue()) {
				double x = left + (Math.log10(result.n()) - lowX) / (highX - lowX) * (right - left - 20) + 10;
				double y = bottom - (Math.log10(Math.max(result.median(), 0.1)) - lowY) / (highY - lowY) * (bottom - top);
				points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
				svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n", x, y, color));
			}
			svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
					points.toString().trim(), color));
			svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n", left + legend * 90,
					bottom + 40, color, tool.getKey()));
			legend++;
		}
	}

	private static String label(double ms) {
		return (ms >= 1000) ? String.format(Locale.ROOT, "%.0fs", ms / 1000) : String.format(Locale.ROOT, "%sms",
				(ms < 1) ? String.valueOf(ms) : String.valueOf((long) ms));
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
