-- A pg_dump of one service's schema (pg_dump -n billing) in a database that other services
-- share: the dump empties the search path, does not create the extensions the database has
-- (citext, pgcrypto), and its foreign keys name public.users, a table another service's
-- migrations make (one in its CREATE TABLE, one added at the end, as pg_dump writes them). Its defaults call uuidv7(), PostgreSQL 18's.
SELECT pg_catalog.set_config('search_path', '', false);

CREATE SCHEMA billing;

CREATE DOMAIN billing.email AS public.citext
    CONSTRAINT email_check CHECK ((VALUE OPERATOR(public.~) '^[^@]+@[^@]+$'::public.citext));

CREATE TABLE billing.customers (
    id uuid DEFAULT uuidv7() NOT NULL,
    email billing.email NOT NULL,
    token bytea DEFAULT public.gen_random_bytes(16) NOT NULL,
    credit numeric(12,2) DEFAULT 0 NOT NULL,
    CONSTRAINT customers_pkey PRIMARY KEY (id),
    CONSTRAINT customers_email_fkey FOREIGN KEY (email) REFERENCES public.users(email) ON DELETE CASCADE
);

CREATE TABLE billing.charges (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id uuid NOT NULL REFERENCES billing.customers(id),
    amount numeric(12,2) NOT NULL,
    charged_by billing.email
);

ALTER TABLE ONLY billing.charges
    ADD CONSTRAINT charges_charged_by_fkey FOREIGN KEY (charged_by) REFERENCES public.users(email) DEFERRABLE INITIALLY DEFERRED;

