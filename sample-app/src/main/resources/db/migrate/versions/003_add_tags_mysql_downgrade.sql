DROP TABLE page_tag;
DROP TABLE tag;
