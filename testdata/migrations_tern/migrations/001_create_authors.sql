create table authors (
  id   bigserial primary key,
  name text not null
);

---- create above / drop below ----

drop table authors;
