-- name: CreateAuthor :one
INSERT INTO authors (name, country, born) VALUES (@name, @country, sqlj.narg(born)) RETURNING id;

-- name: AddBook :exec
INSERT INTO books (id, author_id, title, pages, price, tags) VALUES (?, ?, ?, ?, ?, ?);

-- name: RenameAuthor :execrows
UPDATE authors SET name = @name, born = @born WHERE id = @id;

-- name: AuthorsAndBooks :many
SELECT a.name, b.title, b.pages, b.price FROM authors a LEFT JOIN books b ON b.author_id = a.id ORDER BY a.id;

-- name: BooksAndAuthors :many
SELECT b.title, a.name, a.id FROM authors a RIGHT JOIN books b ON b.author_id = a.id ORDER BY b.id;

-- name: EverythingPaired :many
-- Authors without a long book and long books without an author pair with NULLs.
SELECT a.id AS author, b.id AS book, b.pages FROM authors a FULL JOIN books b ON b.author_id = a.id AND b.pages > 100;

-- name: Paired :many
-- A positional join pads the shorter side with NULLs (here the authors: the right side has one row more).
SELECT a.id AS author_id, a.name, b.pages FROM authors a POSITIONAL JOIN (SELECT pages FROM books UNION ALL SELECT 0) b;

-- name: PagesPerCountry :many
-- ROLLUP adds a total row whose country is NULL.
SELECT country, count(*) AS authors, sum(length(name)) AS letters FROM authors GROUP BY ROLLUP (country) ORDER BY country;

-- name: PagesPerCountryAndAuthor :many
SELECT country, name, count(*) AS n FROM authors GROUP BY GROUPING SETS ((country, name), (country), ()) ORDER BY ALL;

-- name: PagesByCube :many
SELECT country, born, count(*) AS n FROM authors GROUP BY CUBE (country, born);

-- name: Stats :one
SELECT count(*) AS books, sum(pages) AS pages, max(price) AS top_price, avg(pages) AS mean_pages,
  min(title) AS first_title, string_agg(title, ', ') AS titles
FROM books WHERE author_id = @author_id;

-- name: StatsPerAuthor :many
SELECT author_id, count(*) AS books, sum(pages) AS pages, max(price) AS top_price FROM books GROUP BY author_id ORDER BY author_id;

-- name: AuthorWithBookCount :many
SELECT a.name, (SELECT count(*) FROM books b WHERE b.author_id = a.id) AS books,
  (SELECT max(pages) FROM books b WHERE b.author_id = a.id) AS longest,
  (SELECT title FROM books b WHERE b.author_id = a.id ORDER BY pages DESC LIMIT 1) AS longest_title
FROM authors a ORDER BY a.id;

-- name: CoalescedBorn :many
SELECT name, coalesce(born, DATE '1900-01-01') AS born_or_default, born, CASE WHEN born IS NULL THEN 'unknown' ELSE 'known' END AS known,
  nullif(country, 'nowhere') AS country_or_null
FROM authors ORDER BY id;

-- name: Ranked :many
SELECT title, pages, rank() OVER (ORDER BY pages DESC) AS place,
  lag(title) OVER (ORDER BY pages) AS previous_title, sum(pages) OVER (PARTITION BY author_id) AS author_pages
FROM books ORDER BY id;

-- name: TitlesOfBoth :many
SELECT title AS label FROM books UNION ALL SELECT name FROM authors;

-- name: TitlesOrNull :many
SELECT title AS label FROM books UNION SELECT NULL;

-- name: FromView :many
SELECT id, title, name FROM book_titles ORDER BY id;

-- name: FromCte :many
WITH counted AS (SELECT author_id, count(*) AS n FROM books GROUP BY author_id)
SELECT a.name, c.n FROM authors a LEFT JOIN counted c ON c.author_id = a.id ORDER BY a.id;

-- name: Tagged :many
SELECT id, unnest(tags) AS tag, tags[1] AS first_tag, list_max(tags) AS last_tag FROM books ORDER BY id;

-- name: BooksWithAuthor :many
SELECT sqlj.embed(b), sqlj.embed(a) FROM books b LEFT JOIN authors a ON a.id = b.author_id ORDER BY b.id;

-- name: FindBooks :many
SELECT id, title FROM books
WHERE sqlj.optional(author_id = @author_id) AND sqlj.optional(pages BETWEEN @min_pages AND @max_pages)
  AND title LIKE sqlj.narg(pattern)
ORDER BY id;

-- name: BooksByIds :many
SELECT id, title FROM books WHERE id IN (sqlj.slice(ids)) ORDER BY id;

-- name: DeleteBook :execrows
DELETE FROM books WHERE id = ?;
