-- Queries behind internal/catalog. See sqlc.yaml; regenerate with `make sqlc`.
--
-- `SELECT *` is deliberate on the single-table queries: sqlc expands it against
-- the real schema at generation time, so the column list in the generated code
-- cannot drift from the table the way a hand-maintained one could.

-- name: ListProducts :many
SELECT * FROM products ORDER BY title;

-- name: ListAllVariants :many
SELECT * FROM product_variants ORDER BY option1, option2, option3, sku;

-- One statement serves search, category filtering and pagination, because they
-- are one question — "which products, in what order, and which slice of them" —
-- and asking it three times would let the three answers disagree.
--
-- COUNT(*) OVER () is the part worth naming: the size of the filtered set arrives
-- in the same round trip as the page, computed before LIMIT applies. A separate
-- COUNT would be a second trip whose answer can differ from the first under
-- concurrent edits, which shows up as page numbers promising results that are not
-- there.
--
-- Full-text and trigram are both here because neither is enough alone.
-- websearch_to_tsquery stems, so "books" reaches a title containing "book", but it
-- dies on a typo; trigram survives the typo and has no idea the two words are
-- related. ILIKE catches the third case both miss — a substring inside a word,
-- which is what a shopper typing half a title is doing.
--
-- An empty q needs no special case: websearch_to_tsquery('english','') is an empty
-- tsquery and similarity(title,'') is 0, so GREATEST is 0 for every row and the
-- ORDER BY falls through to p.title. A filter-only request is alphabetical for
-- free, with no second query and no branch in the handler. Passing '' rather than
-- NULL also keeps sqlc from handing the store a *string.
-- name: SearchActiveProducts :many
SELECT p.*, COUNT(*) OVER () AS total_count
FROM products p
WHERE p.active
  AND EXISTS (SELECT 1 FROM product_variants v
              WHERE v.product_id = p.id AND v.active)
  AND (cardinality(@category_slugs::text[]) = 0
       OR EXISTS (SELECT 1 FROM product_categories pc
                  JOIN categories c ON c.id = pc.category_id
                  WHERE pc.product_id = p.id
                    AND c.slug = ANY(@category_slugs::text[])))
  AND (@q::text = ''
       OR p.search @@ websearch_to_tsquery('english', @q)
       OR @q <% p.title
       OR p.title ILIKE '%' || @q || '%')
ORDER BY GREATEST(ts_rank_cd(p.search, websearch_to_tsquery('english', @q)),
                  similarity(p.title, @q)) DESC,
         p.title
LIMIT @page_size OFFSET @page_offset;

-- The newest few products, for the index page's example block.
--
-- The visibility rules are repeated from SearchActiveProducts rather than shared,
-- because Postgres has no cheap way to share a predicate and a view would be a
-- schema change. They must stay in step: the front page must never show something
-- the catalog hides.
--
-- p.title is the tiebreak because created_at defaults to now(), which is the
-- *transaction* timestamp — a bulk insert or a fast test loop gives several
-- products the same one, and without the tiebreak their order would vary between
-- page loads.
--
-- No index on created_at, deliberately: a top-N sort over a small products table
-- is a sequential scan and a heap, which is right at this size, and adding one
-- would be a migration. See the search plan discussion for the same argument.
-- name: ListNewestActiveProducts :many
SELECT * FROM products p
WHERE p.active
  AND EXISTS (SELECT 1 FROM product_variants v WHERE v.product_id = p.id AND v.active)
ORDER BY p.created_at DESC, p.title
LIMIT @row_limit;

-- The variants for one page of products, and only that page: reading every active
-- variant in the catalog to render 24 products would undo the paging.
--
-- Out-of-stock variants are included. Hiding them makes a size silently vanish
-- from a selector, which reads as a bug; the storefront marks them unavailable.
-- name: ListActiveVariantsByProducts :many
SELECT * FROM product_variants
WHERE active AND product_id = ANY(@product_ids::uuid[])
ORDER BY option1, option2, option3, sku;

-- name: GetActiveProductBySlug :one
SELECT * FROM products WHERE slug = $1 AND active;

-- name: ListActiveVariantsByProduct :many
SELECT * FROM product_variants
WHERE product_id = $1 AND active
ORDER BY option1, option2, option3, sku;

-- name: GetProduct :one
SELECT * FROM products WHERE id = $1;

-- name: GetProductBySlug :one
SELECT * FROM products WHERE slug = $1;

-- name: ListVariantsByProduct :many
SELECT * FROM product_variants WHERE product_id = $1 ORDER BY option1, option2, option3, sku;

-- The database generates the id, which is why no UUID library reaches the binary.
--
-- A new product has no image; one only ever arrives by upload through
-- SetProductImage. There is no way to point a product at bytes this store does not
-- hold.
-- name: CreateProduct :one
INSERT INTO products (id, slug, title, description, active, kind,
                      option1_name, option2_name, option3_name)
VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8)
RETURNING *;

-- updated_at is maintained here rather than by a trigger, so the write is visible
-- in the query itself.
--
-- image_key does not appear here: the product form does not touch the image, and an
-- image is only ever set by SetProductImage or cleared by ClearProductImage. That is
-- what makes a submission from a form with no image field harmless, rather than a
-- silent way to blank the picture.
-- name: UpdateProduct :one
UPDATE products
SET slug = $2, title = $3, description = $4, active = $5, kind = $6,
    option1_name = $7, option2_name = $8, option3_name = $9, updated_at = now()
WHERE id = $1
RETURNING *;

-- Points a product at an uploaded object. The caller deletes the previous object,
-- if there was one, *after* this commits: an orphaned object costs a few kilobytes,
-- while a deleted object still referenced by a live row is a broken image.
--
-- Only the key is stored. The URL it is served at depends on which backend is
-- configured and is computed when a page is rendered, so the same row works on a
-- development machine and in production.
-- name: SetProductImage :one
UPDATE products
SET image_key = $2, updated_at = now()
WHERE id = $1
RETURNING *;

-- name: ClearProductImage :one
UPDATE products
SET image_key = '', updated_at = now()
WHERE id = $1
RETURNING *;

-- Fails once an order references a variant of this product, because purchase
-- history must not be rewritable — deactivate instead.
-- name: DeleteProduct :execrows
DELETE FROM products WHERE id = $1;

-- name: CreateVariant :one
INSERT INTO product_variants (id, product_id, sku, option1, option2, option3,
                              price_cents, stock_qty, active)
VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8)
RETURNING *;

-- The product id is part of the WHERE clause, so a mismatched pair from a URL
-- updates nothing instead of editing another product's variant.
-- name: UpdateVariant :one
UPDATE product_variants
SET sku = $3, option1 = $4, option2 = $5, option3 = $6,
    price_cents = $7, stock_qty = $8, active = $9
WHERE id = $1 AND product_id = $2
RETURNING *;

-- name: DeleteVariant :execrows
DELETE FROM product_variants WHERE id = $1 AND product_id = $2;

-- Upserts by natural key — slug for a product, SKU for a variant — which is what
-- makes cmd/seed rerunnable.
-- No image column here either, so a seed file cannot claim a product's image: a
-- fixture has no way to upload bytes. Re-seeding leaves an uploaded image alone.
-- name: UpsertProduct :one
INSERT INTO products (id, slug, title, description, active, kind,
                      option1_name, option2_name, option3_name)
VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8)
ON CONFLICT (slug) DO UPDATE
SET title = EXCLUDED.title, description = EXCLUDED.description,
    active = EXCLUDED.active, kind = EXCLUDED.kind,
    option1_name = EXCLUDED.option1_name,
    option2_name = EXCLUDED.option2_name, option3_name = EXCLUDED.option3_name,
    updated_at = now()
RETURNING *;

-- stock_qty is deliberately absent from the DO UPDATE list: a seed file is a
-- starting point, not the truth about inventory somebody has since counted.
-- name: UpsertVariant :one
INSERT INTO product_variants (id, product_id, sku, option1, option2, option3,
                              price_cents, stock_qty, active)
VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8)
ON CONFLICT (sku) DO UPDATE
SET product_id = EXCLUDED.product_id, option1 = EXCLUDED.option1,
    option2 = EXCLUDED.option2, option3 = EXCLUDED.option3,
    price_cents = EXCLUDED.price_cents, active = EXCLUDED.active
RETURNING *;

-- Categories. Ordered by position everywhere they are read, because the order a
-- shop offers its sections in is the owner's decision; name is only the tiebreak
-- so two categories at the same position still come back in a stable order.
-- name: ListCategories :many
SELECT * FROM categories ORDER BY position, name;

-- name: GetCategory :one
SELECT * FROM categories WHERE id = $1;

-- name: CreateCategory :one
INSERT INTO categories (id, slug, name, position)
VALUES (gen_random_uuid(), $1, $2, $3)
RETURNING *;

-- name: UpdateCategory :one
UPDATE categories SET slug = $2, name = $3, position = $4 WHERE id = $1 RETURNING *;

-- Deleting a category unlinks it from its products by cascade on the join table
-- and never touches the products themselves: a taxonomy edit must not delete
-- catalog entries.
-- name: DeleteCategory :execrows
DELETE FROM categories WHERE id = $1;

-- How many products a delete would unlink, read before the delete. Without it a
-- category that nothing used and one that fifty products used both look like the
-- same silent success.
-- name: CountCategoryProducts :one
SELECT COUNT(*) FROM product_categories WHERE category_id = $1;

-- ON CONFLICT DO UPDATE rather than DO NOTHING, because DO NOTHING returns no row
-- on conflict and the caller needs the id either way. slug = EXCLUDED.slug is a
-- write of the value that is already there; name and position are deliberately
-- left alone, so re-seeding never overwrites a category the operator has renamed
-- or reordered.
-- name: UpsertCategory :one
INSERT INTO categories (id, slug, name, position)
VALUES (gen_random_uuid(), $1, $2, $3)
ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug
RETURNING *;

-- name: ListCategoriesByProduct :many
SELECT c.* FROM categories c
JOIN product_categories pc ON pc.category_id = c.id
WHERE pc.product_id = $1
ORDER BY c.position, c.name;

-- Every product's categories in one query, for the admin list to attach in
-- memory the way it already does with variants.
-- name: ListAllProductCategories :many
SELECT pc.product_id, sqlc.embed(c) FROM product_categories pc
JOIN categories c ON c.id = pc.category_id
ORDER BY c.position, c.name;

-- Setting a product's categories is a clear followed by inserts, inside the
-- transaction the store opens: the form submits the whole set, so anything not
-- resubmitted was unticked.
-- name: ClearProductCategories :exec
DELETE FROM product_categories WHERE product_id = $1;

-- The SELECT ... WHERE EXISTS makes an unknown category id insert nothing rather
-- than raise a foreign key violation. The handler validates ids against the list
-- it rendered, so this is the second line of defence, and the quiet one is right
-- here: a category deleted between rendering the form and submitting it should
-- not turn a product save into an error page.
-- name: AddProductCategory :exec
INSERT INTO product_categories (product_id, category_id)
SELECT $1, $2 WHERE EXISTS (SELECT 1 FROM categories WHERE id = $2)
ON CONFLICT DO NOTHING;

-- name: AddProductCategoryBySlug :exec
INSERT INTO product_categories (product_id, category_id)
SELECT $1, c.id FROM categories c WHERE c.slug = $2
ON CONFLICT DO NOTHING;

-- Digital downloads. The files hang off the product, and variant_files says which
-- variants include each one — so an "Audio + Video" bundle variant costs a row
-- rather than a second upload of the same 2 GB file.

-- name: ListProductFiles :many
SELECT * FROM product_files WHERE product_id = $1 ORDER BY position, id;

-- Every (file, variant) link for one product, so the admin's tick list can be
-- assembled in one round trip rather than one per file.
-- name: ListProductFileVariants :many
SELECT vf.file_id, vf.variant_id
FROM variant_files vf
JOIN product_files f ON f.id = vf.file_id
WHERE f.product_id = $1;

-- name: GetProductFile :one
SELECT * FROM product_files WHERE id = $1 AND product_id = $2;

-- name: CreateProductFile :one
INSERT INTO product_files (product_id, position, title, object_key,
                           original_filename, content_type, size_bytes)
VALUES ($1, $2, $3, $4, $5, $6, $7)
RETURNING *;

-- The object key is deliberately absent: bytes are replaced by uploading a new
-- file, never by repointing a row at a different object. Repointing would leave
-- the old object orphaned with nothing recording that it ever existed.
-- name: UpdateProductFile :one
UPDATE product_files SET title = $3, position = $4
WHERE id = $1 AND product_id = $2
RETURNING *;

-- name: DeleteProductFile :one
DELETE FROM product_files WHERE id = $1 AND product_id = $2
RETURNING object_key;

-- name: NextProductFilePosition :one
SELECT COALESCE(MAX(position), -1) + 1 FROM product_files WHERE product_id = $1;

-- name: ClearFileVariants :exec
DELETE FROM variant_files WHERE file_id = $1;

-- WHERE EXISTS rather than a bare VALUES, matching how product categories are
-- linked: a variant deleted between rendering the form and submitting it quietly
-- links nothing instead of raising a foreign key violation the form cannot show.
-- name: AddFileVariant :exec
INSERT INTO variant_files (variant_id, file_id)
SELECT $1, $2
WHERE EXISTS (SELECT 1 FROM product_variants WHERE id = $1 AND product_id = $3)
ON CONFLICT DO NOTHING;

-- The files one variant grants, which is exactly what a buyer of that variant may
-- download. Ordered the way the admin arranged them.
-- name: ListVariantFiles :many
SELECT f.*
FROM product_files f
JOIN variant_files vf ON vf.file_id = f.id
WHERE vf.variant_id = $1
ORDER BY f.position, f.id;

-- Whether this product has ever been ordered, which is what freezes its kind.
-- Flipping physical to digital afterwards would leave a stock count nothing
-- decrements; flipping the other way would leave live entitlements for a product
-- that now ships.
-- name: CountProductOrderItems :one
SELECT COUNT(*) FROM order_items oi
JOIN product_variants v ON v.id = oi.variant_id
WHERE v.product_id = $1;

-- name: CountProductFiles :one
SELECT COUNT(*) FROM product_files WHERE product_id = $1;
