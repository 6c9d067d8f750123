package dev.migrate.maven;

import java.util.regex.Pattern;

/**
 * A JDBC URL as it may be shown: without {@code user:password@} and without {@code password=}
 * parameters, so that no message or log line carries a credential.
 */
final class SafeUrl {

	private static final Pattern USER_INFO = Pattern.compile("//[^/?;@]*@");

	private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;])(password\\w*|pwd)=[^&;]*");

	private SafeUrl() {
	}

	/** The URL without credentials. */
	static String of(String url) {
		String stripped = USER_INFO.matcher(url).replaceFirst("//");
		stripped = PASSWORD_PARAMETER.matcher(stripped).replaceAll("$1");
		return stripped.replaceAll("([?&;])[&;]+", "$1").replaceAll("[?&;]+$", "");
	}

}
