package storage

// migrations build the schema, one transaction each, in order; the number
// of those applied is kept in PRAGMA user_version. Add new migrations at the
// end and never edit one that has been released. docs/schema.md describes
// the result; keep it in step.
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
}
