DROP INDEX ix_page_title ON page;
