package storage

import "context"

// migrations build the schema, one transaction each, in order; the number
// of those applied is kept in PRAGMA user_version. Add new migrations at the
// end and never edit one that has been released; add each to pgMigrations
// too (migrations_pg.go), translated. docs/schema.md describes the result;
// keep it in step.
var migrations = []string{
	// 1: the linked records: feeds, articles, and what was extracted from them
	`
CREATE TABLE feeds (
	id              INTEGER PRIMARY KEY,
	url             TEXT NOT NULL UNIQUE,
	title           TEXT,
	etag            TEXT,
	last_modified   TEXT,
	last_fetched_at TEXT,           -- RFC 3339, UTC
	last_status     TEXT,           -- ok, unchanged, failed
	last_error      TEXT,
	error_count     INTEGER NOT NULL DEFAULT 0,
	next_fetch_at   TEXT,
	created_at      TEXT NOT NULL
);

CREATE TABLE articles (
	id                INTEGER PRIMARY KEY,
	url               TEXT NOT NULL UNIQUE, -- canonical URL
	guid              TEXT,
	title             TEXT,
	byline            TEXT,
	published         TEXT,                 -- RFC 3339, UTC, or NULL
	language          TEXT,
	body              TEXT NOT NULL,
	content_hash      TEXT NOT NULL,        -- SHA-256 of the body
	fetched_at        TEXT NOT NULL,
	extractor_version TEXT NOT NULL,        -- the rules that made its records
	records_hash      TEXT NOT NULL DEFAULT '' -- hash of the records, to skip unchanged re-extractions
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_guid ON articles(guid);

-- an article seen in a feed; one article may be in several feeds
CREATE TABLE feed_articles (
	feed_id    INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	guid       TEXT,
	PRIMARY KEY (feed_id, article_id)
);
CREATE INDEX feed_articles_article ON feed_articles(article_id);

-- ISO 3166-1 states, seeded from the extractor's gazetteer
CREATE TABLE countries (
	code TEXT PRIMARY KEY,
	name TEXT NOT NULL
);

-- a person, by the fullest name an article gives
CREATE TABLE people (
	id       INTEGER PRIMARY KEY,
	name     TEXT NOT NULL UNIQUE COLLATE NOCASE,
	name_key TEXT NOT NULL  -- lower case, accents and punctuation folded, for searching
);
CREATE INDEX people_name_key ON people(name_key);

-- a person in a role in an article
CREATE TABLE officials (
	id                INTEGER PRIMARY KEY,
	article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	person_id         INTEGER NOT NULL REFERENCES people(id),
	title             TEXT NOT NULL,
	country_code      TEXT REFERENCES countries(code),
	organization      TEXT,
	also              TEXT NOT NULL DEFAULT '[]', -- JSON list of other forms
	mentions          TEXT NOT NULL DEFAULT '[]', -- JSON list of {start,end} code points
	rule              TEXT NOT NULL,
	extractor_version TEXT NOT NULL,
	UNIQUE (article_id, person_id)
);
CREATE INDEX officials_person ON officials(person_id);

-- a state an article mentions, with how often
CREATE TABLE article_countries (
	article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	country_code TEXT NOT NULL REFERENCES countries(code),
	mentions     INTEGER NOT NULL,
	PRIMARY KEY (article_id, country_code)
);

-- direct speech. speaker_kind is 'person' or 'body' ("Hamas", "a
-- spokesperson"); speaker_person_id is set for people; official_id links
-- the speaker's role in the same article. speaker_title, speaker_country and
-- speaker_organization are the attribution as the extractor made it.
CREATE TABLE quotes (
	id                   INTEGER PRIMARY KEY,
	article_id           INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	text                 TEXT NOT NULL,
	speaker              TEXT NOT NULL,
	speaker_key          TEXT NOT NULL,  -- folded like people.name_key
	speaker_kind         TEXT NOT NULL,
	speaker_person_id    INTEGER REFERENCES people(id),
	official_id          INTEGER REFERENCES officials(id) ON DELETE SET NULL,
	speaker_title        TEXT,
	speaker_country      TEXT REFERENCES countries(code),
	speaker_organization TEXT,
	cue                  TEXT,
	start_offset         INTEGER NOT NULL, -- code points into articles.body
	end_offset           INTEGER NOT NULL,
	rule                 TEXT NOT NULL,
	extractor_version    TEXT NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);

-- military or police personnel deployed, pledged, withdrawn or stationed
CREATE TABLE troop_figures (
	id                INTEGER PRIMARY KEY,
	article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	count             INTEGER NOT NULL,
	approximate       INTEGER NOT NULL,   -- 0 or 1
	country_code      TEXT REFERENCES countries(code),
	unit              TEXT,
	evidence          TEXT NOT NULL,
	start_offset      INTEGER NOT NULL,
	end_offset        INTEGER NOT NULL,
	rule              TEXT NOT NULL,
	extractor_version TEXT NOT NULL
);
CREATE INDEX troop_figures_article ON troop_figures(article_id);

-- people stated killed or dead, or a running death toll
CREATE TABLE death_tolls (
	id                INTEGER PRIMARY KEY,
	article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	count             INTEGER NOT NULL,
	approximate       INTEGER NOT NULL,   -- 0 or 1
	cumulative        INTEGER NOT NULL,   -- 1: a running toll, not one incident
	evidence          TEXT NOT NULL,
	start_offset      INTEGER NOT NULL,
	end_offset        INTEGER NOT NULL,
	rule              TEXT NOT NULL,
	extractor_version TEXT NOT NULL
);
CREATE INDEX death_tolls_article ON death_tolls(article_id);
`,
	// 2: what analysts read: views with stable columns, full-text search,
	// indexes for the usual questions
	`
CREATE INDEX articles_published ON articles(published);
CREATE INDEX quotes_speaker ON quotes(speaker_person_id);
CREATE INDEX quotes_speaker_key ON quotes(speaker_key);
CREATE INDEX quotes_speaker_country ON quotes(speaker_country);
CREATE INDEX quotes_official ON quotes(official_id);
CREATE INDEX officials_country ON officials(country_code);
CREATE INDEX article_countries_country ON article_countries(country_code);
CREATE INDEX troop_figures_country ON troop_figures(country_code);

-- Every view names the article the same way (article_id, article_title,
-- article_url, published) and every country by its ISO code (country or
-- speaker_country) beside its name (..._name).

CREATE VIEW v_quotes AS
SELECT q.id                                             AS quote_id,
       q.text                                           AS text,
       COALESCE(p.name, q.speaker)                      AS speaker,
       q.speaker_kind                                   AS speaker_kind,
       COALESCE(q.speaker_title, o.title)               AS speaker_title,
       COALESCE(q.speaker_country, o.country_code)      AS speaker_country,
       c.name                                           AS speaker_country_name,
       COALESCE(q.speaker_organization, o.organization) AS organization,
       a.title                                          AS article_title,
       a.url                                            AS article_url,
       a.published                                      AS published,
       (SELECT f.url FROM feed_articles fa JOIN feeds f ON f.id = fa.feed_id
         WHERE fa.article_id = a.id ORDER BY f.id LIMIT 1) AS feed,
       q.cue                                            AS cue,
       q.article_id                                     AS article_id,
       q.speaker_person_id                              AS person_id,
       q.official_id                                    AS official_id,
       q.extractor_version                              AS extractor_version
FROM quotes q
JOIN articles a        ON a.id = q.article_id
LEFT JOIN people p     ON p.id = q.speaker_person_id
LEFT JOIN officials o  ON o.id = q.official_id
LEFT JOIN countries c  ON c.code = COALESCE(q.speaker_country, o.country_code);

CREATE VIEW v_officials AS
SELECT o.id                AS official_id,
       p.name              AS person,
       o.title             AS title,
       o.country_code      AS country,
       c.name              AS country_name,
       o.organization      AS organization,
       a.title             AS article_title,
       a.url               AS article_url,
       a.published         AS published,
       o.article_id        AS article_id,
       o.person_id         AS person_id,
       o.extractor_version AS extractor_version
FROM officials o
JOIN people p         ON p.id = o.person_id
JOIN articles a       ON a.id = o.article_id
LEFT JOIN countries c ON c.code = o.country_code;

CREATE VIEW v_article_countries AS
SELECT ac.country_code AS country,
       c.name          AS country_name,
       ac.mentions     AS mentions,
       a.title         AS article_title,
       a.url           AS article_url,
       a.published     AS published,
       ac.article_id   AS article_id
FROM article_countries ac
JOIN articles a       ON a.id = ac.article_id
LEFT JOIN countries c ON c.code = ac.country_code;

CREATE VIEW v_troops AS
SELECT t.id                AS troop_id,
       t.count             AS count,
       t.approximate       AS approximate,
       t.country_code      AS country,
       c.name              AS country_name,
       t.unit              AS unit,
       t.evidence          AS evidence,
       a.title             AS article_title,
       a.url               AS article_url,
       a.published         AS published,
       t.article_id        AS article_id,
       t.extractor_version AS extractor_version
FROM troop_figures t
JOIN articles a       ON a.id = t.article_id
LEFT JOIN countries c ON c.code = t.country_code;

CREATE VIEW v_deaths AS
SELECT d.id                AS death_id,
       d.count             AS count,
       d.approximate       AS approximate,
       d.cumulative        AS cumulative,
       d.evidence          AS evidence,
       a.title             AS article_title,
       a.url               AS article_url,
       a.published         AS published,
       d.article_id        AS article_id,
       d.extractor_version AS extractor_version
FROM death_tolls d
JOIN articles a ON a.id = d.article_id;

-- Full-text search over quotes (text and speaker) and articles (title and
-- body). Both index their table in place (external content: rowid is
-- quotes.id or articles.id) and are kept in sync by the triggers below.
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker,
	content = 'quotes', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
	INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
	INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, speaker ON quotes BEGIN
	INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
	INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE articles_fts USING fts5(title, body,
	content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
	INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
`,
	// 3: quotes, people and stories across articles. Tables and columns
	// here; crossarticle.go fills them for the articles already stored
	// (backfills below) and keeps them up to date as articles are stored.
	`
-- the host an article was published on ("www." dropped): its outlet
ALTER TABLE articles ADD COLUMN outlet TEXT;

-- near-duplicate articles (wire copy re-headlined or trimmed) share a story
CREATE TABLE stories (
	id         INTEGER PRIMARY KEY,
	title      TEXT,              -- the headline of its earliest article
	first_seen TEXT,              -- the earliest published of its articles
	articles   INTEGER NOT NULL
);
ALTER TABLE articles ADD COLUMN story_id INTEGER REFERENCES stories(id);
CREATE INDEX articles_story ON articles(story_id);

-- MinHash signature of each article's body over word 5-grams
CREATE TABLE story_signatures (
	article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
	shingles   INTEGER NOT NULL,  -- distinct 5-grams of the body
	signature  BLOB NOT NULL      -- 60 minimum hashes, 4 bytes each, little-endian
);
-- one key per band of the signature, by story: an article is compared
-- with the first article of each story that had the same band
CREATE TABLE story_keys (
	key        INTEGER NOT NULL,
	story_id   INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	PRIMARY KEY (key, story_id)
);
CREATE INDEX story_keys_story ON story_keys(story_id);
CREATE INDEX story_keys_article ON story_keys(article_id);

-- people: the last word of the surname, to find the full name of a
-- person an article names in part
ALTER TABLE people ADD COLUMN surname_key TEXT NOT NULL DEFAULT '';
CREATE INDEX people_surname_key ON people(surname_key);

-- each name an article's records give a person, and the person it
-- stands for: the person of that very name (link 'name'), or a person of
-- a fuller name elsewhere ('surname', 'title and surname', 'initials',
-- 'given names'); reason says why, or why not. Links are recomputed when a
-- person of the same surname appears or goes, so that a wrong one is undone.
CREATE TABLE person_links (
	article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	name        TEXT NOT NULL,
	surname_key TEXT NOT NULL,
	person_id   INTEGER NOT NULL REFERENCES people(id),
	link        TEXT NOT NULL,
	reason      TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (article_id, name)
);
CREATE INDEX person_links_surname ON person_links(surname_key, name);
-- every name a person was given in an article, by surname: the names to
-- decide again when a person of that surname first appears
CREATE TABLE surname_names (
	surname_key TEXT NOT NULL,
	name        TEXT NOT NULL,
	PRIMARY KEY (surname_key, name)
);
CREATE INDEX person_links_person ON person_links(person_id);

-- every form of a person's name, and in how many articles it was used
CREATE TABLE aliases (
	person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
	alias     TEXT NOT NULL,
	alias_key TEXT NOT NULL,      -- folded like people.name_key
	articles  INTEGER NOT NULL,
	PRIMARY KEY (person_id, alias)
);
CREATE INDEX aliases_key ON aliases(alias_key);

-- one quotation however often and wherever it was printed
CREATE TABLE quote_clusters (
	id                INTEGER PRIMARY KEY,
	text              TEXT NOT NULL,    -- the longest form (of those as long, the first published)
	quote_id          INTEGER,          -- the quote whose text it is
	words             INTEGER NOT NULL, -- words of text
	speaker_person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
	speaker           TEXT,             -- a named body that speaks; NULL for a person or when unresolved
	speaker_ref       INTEGER NOT NULL DEFAULT 0, -- who speaks, for matching: person id, another number for a body, 0 unresolved
	first_seen        TEXT,             -- the earliest published of its articles
	sources           INTEGER NOT NULL, -- articles
	outlets           INTEGER NOT NULL  -- distinct articles.outlet
);
CREATE INDEX quote_clusters_speaker ON quote_clusters(speaker_person_id);
ALTER TABLE quotes ADD COLUMN cluster_id INTEGER REFERENCES quote_clusters(id);
CREATE INDEX quotes_cluster ON quotes(cluster_id);

-- keys under which a cluster is found: the text key of each form and the
-- winnowed word 5-gram hashes of its text, by speaker
CREATE TABLE quote_keys (
	key         INTEGER NOT NULL,
	speaker_ref INTEGER NOT NULL,
	cluster_id  INTEGER NOT NULL REFERENCES quote_clusters(id) ON DELETE CASCADE,
	PRIMARY KEY (key, speaker_ref, cluster_id)
);
CREATE INDEX quote_keys_cluster ON quote_keys(cluster_id);

-- the outlets of a cluster, with how many of its quotes each printed
CREATE TABLE cluster_outlets (
	cluster_id INTEGER NOT NULL REFERENCES quote_clusters(id) ON DELETE CASCADE,
	outlet     TEXT NOT NULL,
	quotes     INTEGER NOT NULL,
	PRIMARY KEY (cluster_id, outlet)
);

DROP VIEW v_quotes;
CREATE VIEW v_quotes AS
SELECT q.id                                             AS quote_id,
       q.text                                           AS text,
       COALESCE(p.name, q.speaker)                      AS speaker,
       q.speaker_kind                                   AS speaker_kind,
       COALESCE(q.speaker_title, o.title)               AS speaker_title,
       COALESCE(q.speaker_country, o.country_code)      AS speaker_country,
       c.name                                           AS speaker_country_name,
       COALESCE(q.speaker_organization, o.organization) AS organization,
       a.title                                          AS article_title,
       a.url                                            AS article_url,
       a.published                                      AS published,
       (SELECT f.url FROM feed_articles fa JOIN feeds f ON f.id = fa.feed_id
         WHERE fa.article_id = a.id ORDER BY f.id LIMIT 1) AS feed,
       q.cue                                            AS cue,
       q.article_id                                     AS article_id,
       q.speaker_person_id                              AS person_id,
       q.official_id                                    AS official_id,
       q.extractor_version                              AS extractor_version,
       q.cluster_id                                     AS cluster_id
FROM quotes q
JOIN articles a        ON a.id = q.article_id
LEFT JOIN people p     ON p.id = q.speaker_person_id
LEFT JOIN officials o  ON o.id = q.official_id
LEFT JOIN countries c  ON c.code = COALESCE(q.speaker_country, o.country_code);

DROP VIEW v_troops;
CREATE VIEW v_troops AS
SELECT t.id                AS troop_id,
       t.count             AS count,
       t.approximate       AS approximate,
       t.country_code      AS country,
       c.name              AS country_name,
       t.unit              AS unit,
       t.evidence          AS evidence,
       a.title             AS article_title,
       a.url               AS article_url,
       a.published         AS published,
       t.article_id        AS article_id,
       t.extractor_version AS extractor_version,
       a.story_id          AS story_id
FROM troop_figures t
JOIN articles a       ON a.id = t.article_id
LEFT JOIN countries c ON c.code = t.country_code;

DROP VIEW v_deaths;
CREATE VIEW v_deaths AS
SELECT d.id                AS death_id,
       d.count             AS count,
       d.approximate       AS approximate,
       d.cumulative        AS cumulative,
       d.evidence          AS evidence,
       a.title             AS article_title,
       a.url               AS article_url,
       a.published         AS published,
       d.article_id        AS article_id,
       d.extractor_version AS extractor_version,
       a.story_id          AS story_id
FROM death_tolls d
JOIN articles a ON a.id = d.article_id;

-- each story's latest running toll: the largest cumulative toll of its
-- most recently published article that states one
CREATE VIEW v_story_tolls AS
SELECT story_id, count, approximate, evidence, article_title, article_url, published, article_id, death_id,
       (SELECT COUNT(*) FROM articles sa WHERE sa.story_id = t.story_id) AS story_articles
FROM (SELECT d.*, ROW_NUMBER() OVER (PARTITION BY d.story_id
             ORDER BY COALESCE(d.published, '') DESC, d.count DESC, d.death_id DESC) AS pick
      FROM v_deaths d
      WHERE d.cumulative = 1 AND d.story_id IS NOT NULL) t
WHERE pick = 1;

CREATE VIEW v_quote_clusters AS
SELECT qc.id                                  AS cluster_id,
       qc.text                                AS text,
       COALESCE(p.name, qc.speaker)           AS speaker,
       CASE WHEN qc.speaker_person_id IS NOT NULL THEN 'person'
            WHEN qc.speaker IS NOT NULL THEN 'body' END AS speaker_kind,
       qc.sources                             AS sources,
       qc.outlets                             AS outlets,
       qc.first_seen                          AS first_seen,
       qc.speaker_person_id                   AS person_id
FROM quote_clusters qc
LEFT JOIN people p ON p.id = qc.speaker_person_id;

-- a person's roles over time: one row per person and role (title, state,
-- body), with the first and last article that gave it; a person who only
-- speaks has one row without a role
CREATE VIEW v_people AS
SELECT p.id                        AS person_id,
       p.name                      AS name,
       MIN(o.title)                AS title,
       o.country_code              AS country,
       c.name                      AS country_name,
       o.organization              AS organization,
       MIN(a.published)            AS first_seen,
       MAX(a.published)            AS last_seen,
       COUNT(DISTINCT o.article_id) AS articles
FROM people p
JOIN officials o      ON o.person_id = p.id
JOIN articles a       ON a.id = o.article_id
LEFT JOIN countries c ON c.code = o.country_code
GROUP BY p.id, p.name, LOWER(o.title), o.country_code, c.name, o.organization
UNION ALL
SELECT p.id, p.name, NULL, NULL, NULL, NULL, MIN(a.published), MAX(a.published), COUNT(DISTINCT q.article_id)
FROM people p
JOIN quotes q   ON q.speaker_person_id = p.id
JOIN articles a ON a.id = q.article_id
WHERE NOT EXISTS (SELECT 1 FROM officials o WHERE o.person_id = p.id)
GROUP BY p.id, p.name;
`,
	// 4: indexes that find one person's or one cluster's records within an
	// article through the article (a handful of rows), not through the
	// person's or the cluster's records across the database (thousands for
	// a person quoted every day); each replaces an index it begins with.
	`
CREATE INDEX quotes_article_speaker ON quotes(article_id, speaker_person_id);
DROP INDEX quotes_article;
CREATE INDEX quotes_cluster_article ON quotes(cluster_id, article_id);
DROP INDEX quotes_cluster;
CREATE INDEX person_links_article_person ON person_links(article_id, person_id);
`,
	// 5: a person's latest roles read from an index alone, not from a row
	// of officials each; the keys of clusters and stories, found by their
	// primary key only, kept in it alone (WITHOUT ROWID) rather than in a
	// table beside it, so that storing an article writes one tree less for
	// each key and the keys take half the pages.
	`
CREATE INDEX officials_person_roles ON officials(person_id, id, title, country_code, organization);
DROP INDEX officials_person;

CREATE TABLE quote_keys_pk (
	key         INTEGER NOT NULL,
	speaker_ref INTEGER NOT NULL,
	cluster_id  INTEGER NOT NULL REFERENCES quote_clusters(id) ON DELETE CASCADE,
	PRIMARY KEY (key, speaker_ref, cluster_id)
) WITHOUT ROWID;
INSERT INTO quote_keys_pk(key, speaker_ref, cluster_id) SELECT key, speaker_ref, cluster_id FROM quote_keys;
DROP TABLE quote_keys;
ALTER TABLE quote_keys_pk RENAME TO quote_keys;
CREATE INDEX quote_keys_cluster ON quote_keys(cluster_id);

CREATE TABLE story_keys_pk (
	key        INTEGER NOT NULL,
	story_id   INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	PRIMARY KEY (key, story_id)
) WITHOUT ROWID;
INSERT INTO story_keys_pk(key, story_id, article_id) SELECT key, story_id, article_id FROM story_keys;
DROP TABLE story_keys;
ALTER TABLE story_keys_pk RENAME TO story_keys;
CREATE INDEX story_keys_story ON story_keys(story_id);
CREATE INDEX story_keys_article ON story_keys(article_id);
`,
	// 6: the article's publication time and the speaker's state as the
	// listings show it, copied onto each quote, so that the newest quotes,
	// of all or of one state, are read in the order of an index rather
	// than sorted through the join with articles and officials. Saving an
	// article's records sets both (insertQuote).
	`
ALTER TABLE quotes ADD COLUMN published TEXT; -- articles.published of article_id
ALTER TABLE quotes ADD COLUMN country   TEXT; -- speaker_country, else the country_code of official_id
UPDATE quotes SET
	published = (SELECT a.published FROM articles a WHERE a.id = quotes.article_id),
	country   = COALESCE(speaker_country, (SELECT o.country_code FROM officials o WHERE o.id = quotes.official_id));
CREATE INDEX quotes_published ON quotes(published DESC, id);
CREATE INDEX quotes_country_published ON quotes(country, published DESC, id);
-- the dates of the quotes a search finds, read without their rows (see
-- quotesByID)
CREATE INDEX quotes_id_published ON quotes(id, published);
-- the first feed of an article, which each row of a listing shows, read
-- from the index alone
CREATE INDEX feed_articles_article_feed ON feed_articles(article_id, feed_id);
DROP INDEX feed_articles_article;
`,
	// 7: the full-text indexes of a write transaction's new quotes and
	// articles are filled once, when it commits (wtx.indexNew), rather
	// than row by row by triggers: FTS5 writes what it holds to disk at
	// every later statement of the transaction that may need undoing, so a
	// batch indexed row by row left thousands of tiny segments to merge.
	// fts_indexed holds the highest id indexed; rows above it are indexed
	// at commit, and the triggers keep the index right for rows at or
	// below it (an id reused after the highest rows were deleted is
	// indexed at once).
	`
CREATE TABLE fts_indexed (
	tbl  TEXT PRIMARY KEY, -- quotes or articles
	upto INTEGER NOT NULL  -- the highest id in tbl's full-text index
) WITHOUT ROWID;
INSERT INTO fts_indexed(tbl, upto) VALUES
	('quotes',   (SELECT COALESCE(MAX(id), 0) FROM quotes)),
	('articles', (SELECT COALESCE(MAX(id), 0) FROM articles));

DROP TRIGGER quotes_fts_insert;
DROP TRIGGER quotes_fts_delete;
DROP TRIGGER quotes_fts_update;
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes
WHEN new.id <= (SELECT upto FROM fts_indexed WHERE tbl = 'quotes') BEGIN
	INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes
WHEN old.id <= (SELECT upto FROM fts_indexed WHERE tbl = 'quotes') BEGIN
	INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, speaker ON quotes
WHEN old.id <= (SELECT upto FROM fts_indexed WHERE tbl = 'quotes') BEGIN
	INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
	INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker);
END;

DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles
WHEN new.id <= (SELECT upto FROM fts_indexed WHERE tbl = 'articles') BEGIN
	INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles
WHEN old.id <= (SELECT upto FROM fts_indexed WHERE tbl = 'articles') BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles
WHEN old.id <= (SELECT upto FROM fts_indexed WHERE tbl = 'articles') BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
	INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
`,
	// 8: a number that every write transaction of newsdesk's that adds or
	// deletes people moves on (and, since migration 10, deletes story
	// signatures or articles), so that a writer keeping them in memory
	// (writerCache) knows when another process has changed them.
	`
CREATE TABLE write_generation (
	n INTEGER NOT NULL -- moved on by each commit that adds or deletes people
);
INSERT INTO write_generation(n) VALUES (0);
`,
	// 9: story_keys without foreign keys and without the index by
	// article: for every band it filed (about 20 an article) SQLite
	// looked up its article and its story and wrote a third b-tree, a
	// seventh of what keeping stories cost. An article's keys are filed
	// under its story, so they are found by story (leaveStory); triggers
	// delete the keys of an article or a story that is deleted, as the
	// cascades did.
	`
CREATE TABLE story_keys_nofk (
	key        INTEGER NOT NULL,
	story_id   INTEGER NOT NULL, -- stories(id)
	article_id INTEGER NOT NULL, -- articles(id), whose story_id is story_id
	PRIMARY KEY (key, story_id)
) WITHOUT ROWID;
INSERT INTO story_keys_nofk(key, story_id, article_id) SELECT key, story_id, article_id FROM story_keys;
DROP TABLE story_keys;
ALTER TABLE story_keys_nofk RENAME TO story_keys;
CREATE INDEX story_keys_story ON story_keys(story_id);
CREATE TRIGGER story_keys_article_delete AFTER DELETE ON articles BEGIN
	DELETE FROM story_keys WHERE story_id = old.story_id AND article_id = old.id;
END;
CREATE TRIGGER story_keys_story_delete AFTER DELETE ON stories BEGIN
	DELETE FROM story_keys WHERE story_id = old.id;
END;
`,
	// 10: deleting articles moves write_generation on, so that a writer
	// keeping story signatures in memory (writerCache) forgets those of
	// articles deleted with SQL of one's own, whose ids may come back.
	`
CREATE TRIGGER write_generation_article_delete AFTER DELETE ON articles BEGIN
	UPDATE write_generation SET n = n + 1;
END;
`,
	// 11: deleting or changing people or story signatures moves
	// write_generation on too, a row at a time, so that a writer forgets
	// the people a program of one's own deleted (whose ids come back: a
	// person stored next would be taken for one deleted) or renamed. The
	// writer counts the rows its own statements delete (wtx.genMoved).
	`
CREATE TRIGGER write_generation_people_delete AFTER DELETE ON people BEGIN
	UPDATE write_generation SET n = n + 1;
END;
CREATE TRIGGER write_generation_people_update AFTER UPDATE ON people BEGIN
	UPDATE write_generation SET n = n + 1;
END;
CREATE TRIGGER write_generation_signature_delete AFTER DELETE ON story_signatures BEGIN
	UPDATE write_generation SET n = n + 1;
END;
CREATE TRIGGER write_generation_signature_update AFTER UPDATE ON story_signatures BEGIN
	UPDATE write_generation SET n = n + 1;
END;
`,
}

// backfills compute, in Go and in the transaction of the migration whose
// number is the key, what that migration's new tables and columns hold for
// the rows already stored.
var backfills = map[int]func(context.Context, *wtx) error{
	3: backfillCrossArticle,
}
