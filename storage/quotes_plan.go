package storage

import (
	"context"
	"strings"
	"time"
)

// quoteWhere is how ListQuotes finds the quotes of a query: the
// conditions with their values, and whether an index gives the listing's
// order.
type quoteWhere struct {
	conds []string
	args  []any
	// inOrder: the quotes are read newest first down an index (on
	// quotes.published, or on quotes.country and published for one state),
	// stopping when the page is full. Otherwise every match is found by the
	// filter that narrows most (an index on the speaker, or the full-text
	// index) and sorted. The first is the only fast way for a listing of
	// all quotes, or of a state's, and for a search whose words are
	// everywhere, where sorting every match would cost more than walking
	// the newest quotes until the page fills up.
	inOrder bool
	// byID: the conditions are a search's matches and dates alone, which
	// the index quotes_id_published answers (see quotesByID).
	byID bool
}

func (w *quoteWhere) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

// from is what the conditions read.
func (w *quoteWhere) from(db *DB) string {
	if w.byID {
		return db.quotesByID()
	}
	return "quotes q LEFT JOIN officials o ON o.id = q.official_id"
}

// commonShare: a search matching at least one quote in this many, and at
// least minCommon, is read newest first.
const (
	commonShare = 400
	minCommon   = 500
)

// quotePlan writes the conditions of q, each in a form an index serves.
func (db *DB) quotePlan(ctx context.Context, q QuoteQuery) (*quoteWhere, error) {
	w := &quoteWhere{}
	narrowed := false // by a filter that an index serves but not in date order
	if words := strings.Fields(Fold(q.Speaker)); len(words) > 0 {
		// people first (a small table), then their quotes by index; a body
		// that speaks has no person and is matched on its own name
		var person, body []string
		var args []any
		for _, word := range words {
			person = append(person, db.hasWord("name_key"))
			body = append(body, db.hasWord("q.speaker_key"))
			args = append(args, word)
		}
		w.add("(q.speaker_person_id IN (SELECT id FROM people WHERE "+strings.Join(person, " AND ")+
			") OR (q.speaker_person_id IS NULL AND "+strings.Join(body, " AND ")+"))", append(args, args...)...)
		narrowed = true
	}
	country := strings.ToUpper(strings.TrimSpace(q.Country))
	if country != "" {
		// quotes.country is the attribution's state, else the role's
		w.add("q.country = ?", country)
	}
	if org := strings.TrimSpace(q.Org); org != "" {
		w.add("COALESCE(q.speaker_organization, o.organization) LIKE ? ESCAPE '\\'", "%"+escapeLike(org)+"%")
		narrowed = true
	}
	if !q.Since.IsZero() {
		w.add("q.published >= ?", timeText(q.Since).String)
	}
	if !q.Until.IsZero() {
		w.add("q.published < ?", timeText(q.Until).String)
	}
	if q.PersonID != 0 {
		w.add("q.speaker_person_id = ?", q.PersonID)
		narrowed = true
	}
	if q.ArticleID != 0 {
		w.add("q.article_id = ?", q.ArticleID)
		narrowed = true
	}
	switch {
	case q.Search.expr == "":
		w.inOrder = !narrowed
	case !narrowed && country == "":
		common, err := db.commonSearch(ctx, q.Search)
		if err != nil {
			return nil, err
		}
		if common {
			w.inOrder = true
			// the unary + keeps SQLite from reading the quotes by this list
			w.add(db.matchQuotes("+q.id"), db.searchArg(q.Search))
			break
		}
		w.byID = true
		fallthrough
	default:
		w.add(db.matchQuotes("q.id"), db.searchArg(q.Search))
	}
	return w, nil
}

// commonSearch reports a search that matches at least one quote in
// commonShare, counting no further than it needs to. The answer only
// chooses the plan, never the rows, so it is kept for the next search of
// the same words (a shared link, the next page): counting costs as much as
// a search of rare words. A stale answer only makes a query slower; it is
// counted again after commonTTL, as the database grows and the share of a
// word moves.
func (db *DB) commonSearch(ctx context.Context, s Search) (bool, error) {
	arg := db.searchArg(s)
	return db.common.get(arg, func() (bool, error) {
		enough := "(SELECT " + db.greatest("?", "COALESCE(MAX(id), 0) / ?") + " FROM quotes)"
		var common bool
		err := db.queryRow(ctx, `SELECT COUNT(*) >= `+enough+`
			FROM (SELECT 1 FROM `+db.quoteMatches()+` LIMIT `+enough+`) m`,
			minCommon, commonShare, arg, minCommon, commonShare).Scan(&common)
		return common, err
	})
}

// commonTTL and maxCommonCached bound DB.common.
const (
	commonTTL       = 10 * time.Minute
	maxCommonCached = 4096
)
