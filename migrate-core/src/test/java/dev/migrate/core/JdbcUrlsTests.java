package dev.migrate.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcUrlsTests {

	@Test
	void hidesEveryPasswordAndKeepsTheRest() {
		assertThat(JdbcUrls.withoutCredentials("jdbc:postgresql://app:s3cret@db:5432/cms?ssl=true"))
			.isEqualTo("jdbc:postgresql://app:***@db:5432/cms?ssl=true");
		assertThat(JdbcUrls.withoutCredentials("jdbc:mariadb://db/cms?user=app&password=s3cret&useSsl=true"))
			.isEqualTo("jdbc:mariadb://db/cms?user=app&password=***&useSsl=true");
		assertThat(JdbcUrls.withoutCredentials("jdbc:postgresql://db/cms?PASSWORD=s3cret"))
			.isEqualTo("jdbc:postgresql://db/cms?PASSWORD=***");
		assertThat(JdbcUrls.withoutCredentials("jdbc:sqlserver://db;user=app;pwd=s3cret;encrypt=true"))
			.isEqualTo("jdbc:sqlserver://db;user=app;pwd=***;encrypt=true");
		assertThat(JdbcUrls.withoutCredentials("jdbc:oracle:thin:scott/tiger@db:1521/orcl"))
			.isEqualTo("jdbc:oracle:thin:scott/***@db:1521/orcl");
		assertThat(JdbcUrls.withoutCredentials("jdbc:h2:mem:cms;DB_CLOSE_DELAY=-1")).isEqualTo("jdbc:h2:mem:cms;DB_CLOSE_DELAY=-1");
	}

}
