CREATE INDEX ix_page_title ON page (title);
