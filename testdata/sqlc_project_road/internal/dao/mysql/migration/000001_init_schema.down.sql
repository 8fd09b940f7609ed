drop table if exists comment;

drop table if exists manager;

drop table if exists post_num;

drop table if exists post_tag;

drop table if exists tags;

drop table if exists tops;

drop table if exists user_star;

drop table if exists post;

drop table if exists user;

drop table if exists views;

