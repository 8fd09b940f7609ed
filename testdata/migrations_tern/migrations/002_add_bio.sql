alter table authors add column bio text;
---- create above / drop below ----
alter table authors drop column bio;
