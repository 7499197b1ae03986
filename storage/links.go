package storage

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// People across articles. The extractor resolves a person within one
// article to the fullest name it gives; an article that names someone only
// as "Abdelatty", "Mr Abdelatty" or "B. Abdelatty" leaves a person of that
// name. Such a mention is linked to the person of a fuller name elsewhere
// when exactly one fits: the same surname, given names that agree or
// initials that begin them, and a role that does not contradict (another
// state or body). When several fit, the role the article gives decides if
// it matches only one; otherwise the mention stays apart (two different
// Smiths).
//
// A link re-points the article's records to the person and is written in
// person_links with its reason; the name as printed stays there and in
// aliases. When a person of the same surname first appears, the mentions it
// could fit are decided again, so that a link that has become ambiguous is
// undone and one that has become possible is made.

// mention is a name an article's records give a person.
type mention struct {
	articleID int64
	personID  int64  // whom its records point to now
	own       bool   // personID is the person of the name itself
	name      string // as the article gives it
	title     string // the role the article gives, if any
	country   string
	org       string
	// elsewhere: personID has links in other articles (as
	// articleMentions found them); ask: not known, decide is to find it
	elsewhere, ask bool
}

// articleMentions lists the people an article's records name, each under
// the name of its people row (the records of a new article point to the
// rows of their own names), and whether each is linked in other articles.
func articleMentions(ctx context.Context, tx *wtx, articleID int64) ([]mention, error) {
	if err := tx.flushLinks(ctx); err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT p.id, p.name, o.title, COALESCE(o.country_code, ''), COALESCE(o.organization, ''),
		EXISTS (SELECT 1 FROM person_links l WHERE l.person_id = p.id AND l.article_id <> ?)
		FROM officials o JOIN people p ON p.id = o.person_id WHERE o.article_id = ?
		UNION ALL
		SELECT p.id, p.name, COALESCE(q.speaker_title, ''), COALESCE(q.speaker_country, ''), COALESCE(q.speaker_organization, ''),
		EXISTS (SELECT 1 FROM person_links l WHERE l.person_id = p.id AND l.article_id <> ?)
		FROM quotes q JOIN people p ON p.id = q.speaker_person_id WHERE q.article_id = ?`, articleID, articleID, articleID, articleID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []mention
	at := map[int64]int{}
	for rows.Next() {
		m := mention{articleID: articleID, own: true}
		if err := rows.Scan(&m.personID, &m.name, &m.title, &m.country, &m.org, &m.elsewhere); err != nil {
			return nil, err
		}
		i, ok := at[m.personID]
		if !ok {
			at[m.personID] = len(out)
			out = append(out, m)
			continue
		}
		have := &out[i]
		have.title, have.country, have.org = orElse(have.title, m.title), orElse(have.country, m.country), orElse(have.org, m.org)
	}
	return out, rows.Err()
}

func orElse(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// mentionRole reads the role an article gives the person its records
// point to.
func mentionRole(ctx context.Context, tx *wtx, m *mention) error {
	return tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(title), ''), COALESCE(MAX(country), ''), COALESCE(MAX(org), '') FROM (
		SELECT title, country_code AS country, organization AS org FROM officials WHERE article_id = ? AND person_id = ?
		UNION ALL
		SELECT speaker_title, speaker_country, speaker_organization FROM quotes WHERE article_id = ? AND speaker_person_id = ?) r`,
		m.articleID, m.personID, m.articleID, m.personID).Scan(&m.title, &m.country, &m.org)
}

// decision is where a mention goes: to person (0: the person of its own
// name), by link, for reason.
type decision struct {
	person int64
	link   string
	reason string
	// elsewhere: the mention's person has links in other articles,
	// found on the way when the mention asked (mention.ask)
	elsewhere bool
}

// person is a candidate for a mention, with the roles it was given.
type person struct {
	id    int64
	name  string
	parts personName
	roles []role
}

type role struct{ title, country, org string }

// decide finds the person a mention stands for.
func decide(ctx context.Context, tx *wtx, m mention) (decision, error) {
	d, err := decideLink(ctx, tx, m)
	if m.ask && !d.elsewhere {
		// as decideLink found it; links held back are not in the database
		d.elsewhere = tx.links.elsewhere(m.personID, m.articleID)
	}
	return d, err
}

func decideLink(ctx context.Context, tx *wtx, m mention) (d decision, err error) {
	own := decision{link: "name"}
	n := parseName(m.name)
	if n.surname == "" {
		return own, nil
	}
	var self int64
	if m.ask {
		self = m.personID
	}
	cands, elsewhere, err := fullerNames(ctx, tx, n, Fold(m.name), self, m.articleID)
	own.elsewhere = elsewhere
	defer func() { d.elsewhere = d.elsewhere || elsewhere }()
	if err != nil || len(cands) == 0 {
		return own, err
	}
	var fit []*person
	for _, c := range cands {
		// a mention without a role fits whatever roles a person had
		if m.hasRole() {
			if err := c.loadRoles(ctx, tx); err != nil {
				return own, err
			}
		}
		if c.compatible(m) {
			fit = append(fit, c)
		}
	}
	if len(fit) > 1 && m.hasRole() {
		var same []*person
		for _, c := range fit {
			if c.holds(m) {
				same = append(same, c)
			}
		}
		if len(same) == 1 {
			return linkTo(ctx, tx, m, same[0], n, "the only one of "+names(fit)+" who was "+describeRole(m))
		}
	}
	switch len(fit) {
	case 0:
		own.reason = "role differs from " + names(cands)
		return own, nil
	case 1:
		return linkTo(ctx, tx, m, fit[0], n, "the only person of a fuller name that fits")
	}
	if top, why, err := dominant(ctx, tx, fit); err != nil || top != nil {
		if err != nil {
			return own, err
		}
		return linkTo(ctx, tx, m, top, n, why)
	}
	own.reason = "ambiguous: " + names(fit)
	return own, nil
}

// dominance is how many times more articles the most named of several
// people that fit must have than all the others together for a bare
// mention to be taken as theirs: "Blair" in a file of 300 articles on Tony
// Blair and three on Cherie Blair. Two people of one name named about as
// often stay apart.
const dominance = 5

// dominant returns the person named far more often than the others, if any.
func dominant(ctx context.Context, tx *wtx, ps []*person) (*person, string, error) {
	if err := tx.flushLinks(ctx); err != nil {
		return nil, "", err
	}
	var top *person
	most, rest := 0, 0
	counts := make([]string, len(ps))
	for i, p := range ps {
		// counted up to a cap, so that a person of thousands of articles
		// costs no more than one of a hundred
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM (SELECT 1 FROM person_links WHERE person_id = ? LIMIT 500) l", p.id).Scan(&n); err != nil {
			return nil, "", err
		}
		counts[i] = fmt.Sprintf("%s (%d)", p.name, n)
		if n > most {
			rest += most
			top, most = p, n
		} else {
			rest += n
		}
	}
	if most < 3 || most < dominance*max(rest, 1) || rest >= 500/dominance {
		return nil, "", nil
	}
	return top, "by far the most named of " + strings.Join(counts, ", "), nil
}

// linkTo links m to p unless p is in the article already under a name of
// its own (the extractor kept them apart there).
func linkTo(ctx context.Context, tx *wtx, m mention, p *person, n personName, reason string) (decision, error) {
	if p.id != m.personID {
		var there int
		if err := tx.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM officials WHERE article_id = ? AND person_id = ?)
			+ (SELECT COUNT(*) FROM quotes WHERE article_id = ? AND speaker_person_id = ?)`,
			m.articleID, p.id, m.articleID, p.id).Scan(&there); err != nil {
			return decision{}, err
		}
		if there > 0 {
			return decision{link: "name", reason: p.name + " is named apart in the article"}, nil
		}
	}
	return decision{person: p.id, link: n.form(), reason: reason}, nil
}

// fullerNames are the people whose full names n could be part of, less
// those whose name is itself part of another's ("B. Abdelatty" beside
// "Badr Abdelatty").
//
// When self is not 0 it also reports whether person self, of surname n's,
// has links in articles other than article (in the database; the links
// held back are the caller's to look at).
func fullerNames(ctx context.Context, tx *wtx, n personName, key string, self, article int64) ([]*person, bool, error) {
	c, err := tx.writerCache(ctx)
	if err != nil {
		return nil, false, err
	}
	if c == nil {
		return fullerNamesRead(ctx, tx, n, key, self, article)
	}
	people, err := c.ofSurname(ctx, tx, n.surname)
	if err != nil {
		return nil, false, err
	}
	var all []*person
	elsewhere := false
	for _, p := range people {
		if p.id == self && self != 0 {
			if elsewhere, err = linkedElsewhere(ctx, tx, self, article); err != nil {
				return nil, false, err
			}
		}
		if p.folded != key && p.parts.full() && n.partOf(p.parts) {
			all = append(all, &person{id: p.id, name: p.name, parts: p.parts})
		}
	}
	return withoutInner(all), elsewhere, nil
}

// linkedElsewhere reports whether a person has links in articles other
// than article.
func linkedElsewhere(ctx context.Context, tx *wtx, person, article int64) (bool, error) {
	var yes bool
	err := tx.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM person_links WHERE person_id = ? AND article_id <> ?)", person, article).Scan(&yes)
	return yes, err
}

// fullerNamesRead is fullerNames reading the people of the surname, in
// a transaction that has no cache of them (a migration's).
func fullerNamesRead(ctx context.Context, tx *wtx, n personName, key string, self, article int64) ([]*person, bool, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, name, CASE WHEN id = ? AND EXISTS (SELECT 1 FROM person_links l WHERE l.person_id = people.id AND l.article_id <> ?)
		THEN 1 ELSE 0 END FROM people WHERE surname_key = ?`, self, article, n.surname)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	var all []*person
	elsewhere := false
	for rows.Next() {
		p := &person{}
		var linked int
		if err := rows.Scan(&p.id, &p.name, &linked); err != nil {
			return nil, false, err
		}
		elsewhere = elsewhere || linked == 1
		var folded string
		p.parts, folded = tx.parsedName(p.name)
		if folded != key && p.parts.full() && n.partOf(p.parts) {
			all = append(all, p)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, false, err
	}
	return withoutInner(all), elsewhere, nil
}

// withoutInner drops the people whose name is itself part of another's
// ("B. Abdelatty" beside "Badr Abdelatty").
func withoutInner(all []*person) []*person {
	var out []*person
	for _, p := range all {
		inner := false
		for _, o := range all {
			if o != p && p.parts.partOf(o.parts) {
				inner = true
				break
			}
		}
		if !inner {
			out = append(out, p)
		}
	}
	return out
}

// parsedName is parseName of a stored person's name, and the name
// folded, each worked out once in the transaction: a batch reads the
// people of the same surnames again and again (fullerNames). The parts
// are shared, and not to be changed.
func (t *wtx) parsedName(name string) (personName, string) {
	if p, ok := t.parsed[name]; ok {
		return p.parts, p.folded
	}
	p := parsedName{parts: parseName(name), folded: Fold(name)}
	if t.parsed == nil {
		t.parsed = map[string]parsedName{}
	}
	t.parsed[name] = p
	return p.parts, p.folded
}

type parsedName struct {
	parts  personName
	folded string
}

// hasRole: the article gives the mention a title, a state or a body.
func (m mention) hasRole() bool {
	return m.title != "" || m.country != "" || m.org != ""
}

// loadRoles reads the roles a person was given, the latest first, each
// once; of a bounded number of records, so that a person named in
// thousands of articles costs no more than one named in ten. (Repeats are
// dropped here rather than by SELECT DISTINCT, whose temporary table costs
// more than the query.)
func (p *person) loadRoles(ctx context.Context, tx *wtx) error {
	rows, err := tx.QueryContext(ctx, `SELECT title, COALESCE(country_code, ''), COALESCE(organization, '')
		FROM officials WHERE person_id = ? ORDER BY id DESC LIMIT 50`, p.id)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var r role
		if err := rows.Scan(&r.title, &r.country, &r.org); err != nil {
			return err
		}
		if !slices.Contains(p.roles, r) {
			p.roles = append(p.roles, r)
		}
	}
	return rows.Err()
}

// compatible: what is known of p agrees with the role of m. When both
// have roles they must share a title (or its head noun: "spokesman" and
// "local government spokesman"), a state or a body; a person known in
// roles of some states or bodies is not one of another, unless the very
// title is the same (the state an article gives a role is the more often
// wrong of the two).
func (p *person) compatible(m mention) bool {
	if len(p.roles) == 0 || (m.title == "" && m.country == "" && m.org == "") {
		return true
	}
	var states, bodies []string
	title, head := Fold(m.title), titleHead(m.title)
	sameTitle, agree := false, false
	for _, r := range p.roles {
		if r.country != "" {
			states = append(states, r.country)
		}
		if r.org != "" {
			bodies = append(bodies, Fold(r.org))
		}
		sameTitle = sameTitle || (title != "" && Fold(r.title) == title)
		agree = agree || (head != "" && titleHead(r.title) == head) ||
			(m.country != "" && r.country == m.country) || (m.org != "" && Fold(r.org) == Fold(m.org))
	}
	if (m.country != "" && len(states) > 0 && !contains(states, m.country)) ||
		(m.org != "" && len(bodies) > 0 && !contains(bodies, Fold(m.org))) {
		return sameTitle
	}
	return agree
}

// titleHead is the last word of a title: "minister", "spokesman".
func titleHead(title string) string {
	w := strings.Fields(Fold(title))
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// holds: p was given the role of m (title, state and body, where m has them).
func (p *person) holds(m mention) bool {
	for _, r := range p.roles {
		if (m.title == "" || Fold(r.title) == Fold(m.title)) && (m.country == "" || r.country == m.country) &&
			(m.org == "" || Fold(r.org) == Fold(m.org)) {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func names(ps []*person) string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = p.name
	}
	return strings.Join(s, "; ")
}

func describeRole(m mention) string {
	var parts []string
	for _, s := range []string{m.title, m.country, m.org} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}

// linkMention carries out a decision for a mention: its records are
// re-pointed when the person changes, and person_links says so. counted
// says whether the article's aliases are counted already (and must move
// with the records).
// It returns the person the mention's records point to now.
func linkMention(ctx context.Context, tx *wtx, m mention, d decision, counted bool) (int64, error) {
	to := d.person
	if to == 0 && m.own {
		to = m.personID
	}
	if to == 0 {
		var err error
		if to, err = personID(ctx, tx, m.name); err != nil {
			return 0, err
		}
	}
	if to != m.personID {
		if err := repoint(ctx, tx, m, to, counted); err != nil {
			return 0, err
		}
	}
	row := linkRow{articleID: m.articleID, name: m.name, surname: parseName(m.name).surname, person: to, link: d.link, reason: d.reason}
	if tx.links == nil {
		return to, writeLinks(ctx, tx, []linkRow{row})
	}
	return to, tx.links.add(ctx, tx, row)
}

// linkRow is a row of person_links, whose name goes in surname_names too.
type linkRow struct {
	articleID     int64
	name, surname string
	person        int64
	link, reason  string
}

// linkRows are the links of an article's mentions waiting to be written
// in one statement (wtx.links): whatever reads person_links or
// surname_names while they wait writes them first (flushLinks).
type linkRows struct{ rows []linkRow }

// add holds a link back, after writing those held if one is of the same
// name (one statement may not update a row twice).
func (l *linkRows) add(ctx context.Context, tx *wtx, row linkRow) error {
	for _, r := range l.rows {
		if r.articleID == row.articleID && r.name == row.name {
			if err := tx.flushLinks(ctx); err != nil {
				return err
			}
			break
		}
	}
	l.rows = append(l.rows, row)
	return nil
}

// elsewhere reports whether a link held back points to person from an
// article other than article.
func (l *linkRows) elsewhere(person, article int64) bool {
	if l == nil {
		return false
	}
	for _, r := range l.rows {
		if r.person == person && r.articleID != article {
			return true
		}
	}
	return false
}

// flushLinks writes the links held back, if any.
func (t *wtx) flushLinks(ctx context.Context) error {
	if t.links == nil || len(t.links.rows) == 0 {
		return nil
	}
	rows := t.links.rows
	t.links.rows = nil
	return writeLinks(ctx, t, rows)
}

// writeLinks writes rows in person_links and their names in
// surname_names, in statements of 64, 16, 4 or 1 rows (inChunks), so
// that a batch's links of any number are written by few statements of
// few distinct texts, each prepared once and kept.
func writeLinks(ctx context.Context, tx *wtx, rows []linkRow) error {
	return inChunks(rows, func(chunk []linkRow) error {
		links := make([]any, 0, 6*len(chunk))
		names := make([]any, 0, 2*len(chunk))
		for _, r := range chunk {
			links = append(links, r.articleID, r.name, r.surname, r.person, r.link, r.reason)
			names = append(names, r.surname, r.name)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO person_links(article_id, name, surname_key, person_id, link, reason) VALUES `+valueRows(len(chunk), 6)+`
		ON CONFLICT (article_id, name) DO UPDATE SET person_id = excluded.person_id, link = excluded.link, reason = excluded.reason`,
			links...); err != nil {
			return fmt.Errorf("write person links: %w", err)
		}
		_, err := tx.ExecContext(ctx, "INSERT INTO surname_names(surname_key, name) VALUES "+valueRows(len(chunk), 2)+" ON CONFLICT DO NOTHING", names...)
		if err != nil {
			return fmt.Errorf("write surname names: %w", err)
		}
		return nil
	})
}

// repoint moves an article's records of a mention from one person to
// another, with its quotes' clusters and, when counted, its aliases.
func repoint(ctx context.Context, tx *wtx, m mention, to int64, counted bool) error {
	if err := tx.flushLinks(ctx); err != nil {
		return err
	}
	var forms []string
	if counted {
		var err error
		if forms, err = personForms(ctx, tx, m.articleID, m.personID); err != nil {
			return err
		}
	}
	if err := countAliases(ctx, tx, m.personID, forms, -1); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "UPDATE officials SET person_id = ? WHERE article_id = ? AND person_id = ?", to, m.articleID, m.personID); err != nil {
		return err
	}
	cids, err := unclusterQuotes(ctx, tx, "article_id = ? AND speaker_person_id = ?", m.articleID, m.personID)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "UPDATE quotes SET speaker_person_id = ? WHERE article_id = ? AND speaker_person_id = ?", to, m.articleID, m.personID); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "UPDATE person_links SET person_id = ? WHERE article_id = ? AND person_id = ?", to, m.articleID, m.personID); err != nil {
		return err
	}
	if err := countAliases(ctx, tx, to, forms, 1); err != nil {
		return err
	}
	if len(cids) > 0 {
		if err := fixClusters(ctx, tx, cids); err != nil {
			return err
		}
		if err := clusterArticle(ctx, tx, m.articleID); err != nil {
			return err
		}
	}
	return dropUnnamedPeople(ctx, tx, []int64{m.personID})
}

// personForms are the forms of a person's name in an article: the names
// it was linked under and the other forms the extractor found.
func personForms(ctx context.Context, tx *wtx, articleID, personID int64) ([]string, error) {
	all, err := articleForms(ctx, tx, articleID)
	return all[personID], err
}

// articleForms are the forms of each person's name in an article.
func articleForms(ctx context.Context, tx *wtx, articleID int64) (map[int64][]string, error) {
	if err := tx.flushLinks(ctx); err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT person_id, name, '' FROM person_links WHERE article_id = ?
		UNION ALL SELECT person_id, '', also FROM officials WHERE article_id = ?`, articleID, articleID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64][]string{}
	for rows.Next() {
		var pid int64
		var name, also string
		if err := rows.Scan(&pid, &name, &also); err != nil {
			return nil, err
		}
		forms := []string{name}
		if also != "" {
			forms = nil
			if err := json.Unmarshal([]byte(also), &forms); err != nil {
				return nil, fmt.Errorf("officials.also of article %d: %w", articleID, err)
			}
		}
		for _, f := range forms {
			if f != "" && !contains(out[pid], f) {
				out[pid] = append(out[pid], f)
			}
		}
	}
	return out, rows.Err()
}

// countAliases adds delta to the articles of each form of a person.
func countAliases(ctx context.Context, tx *wtx, personID int64, forms []string, delta int) error {
	if err := tx.flushAliases(ctx); err != nil {
		return err
	}
	if len(forms) > 0 {
		args := make([]any, 0, 4*len(forms))
		for _, f := range forms {
			args = append(args, personID, f, Fold(f), delta)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO aliases(person_id, alias, alias_key, articles) VALUES `+valueRows(len(forms), 4)+`
			ON CONFLICT (person_id, alias) DO UPDATE SET articles = aliases.articles + excluded.articles`, args...); err != nil {
			return err
		}
	}
	if delta < 0 && len(forms) > 0 {
		_, err := tx.ExecContext(ctx, "DELETE FROM aliases WHERE person_id = ? AND articles <= 0", personID)
		return err
	}
	return nil
}

// addAliases counts an article in the aliases of each person's forms, in
// one statement (countAliases with delta 1 for each person).
// In a batch (wtx.aliases not nil) the counts are held back and written
// together by flushAliases.
func addAliases(ctx context.Context, tx *wtx, forms map[int64][]string) error {
	if tx.aliases != nil {
		for pid, fs := range forms {
			for _, f := range fs {
				tx.aliases.add(aliasKey{pid, f}, plusOne)
			}
		}
		return nil
	}
	var args []any
	for pid, fs := range forms {
		for _, f := range fs {
			args = append(args, pid, f, Fold(f), 1)
		}
	}
	return writeAliases(ctx, tx, args)
}

// writeAliases adds counts to aliases: args are rows of person, alias,
// its key and a count.
func writeAliases(ctx context.Context, tx *wtx, args []any) error {
	if len(args) == 0 {
		return nil
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO aliases(person_id, alias, alias_key, articles) VALUES `+valueRows(len(args)/4, 4)+`
		ON CONFLICT (person_id, alias) DO UPDATE SET articles = aliases.articles + excluded.articles`, args...)
	return err
}

type aliasKey struct {
	person int64
	alias  string
}

// aliasCounts are the alias counts of a batch's articles held back
// (wtx.aliases).
type aliasCounts = heldBack[aliasKey, int]

// flushAliases writes the alias counts held back, in statements of 64,
// 16, 4 or 1 rows, as the other held-back counts are.
func (t *wtx) flushAliases(ctx context.Context) error {
	order, n := t.aliases.take()
	return inChunks(order, func(chunk []aliasKey) error {
		args := make([]any, 0, 4*len(chunk))
		for _, k := range chunk {
			args = append(args, k.person, k.alias, Fold(k.alias), n[k])
		}
		return writeAliases(ctx, t, args)
	})
}

// dropUnnamedPeople deletes those of the people that no record names any more.
func dropUnnamedPeople(ctx context.Context, tx *wtx, ids []int64) error {
	if len(ids) > 0 {
		if err := tx.flushLinks(ctx); err != nil {
			return err
		}
	}
	for _, id := range ids {
		r, err := tx.ExecContext(ctx, `DELETE FROM people WHERE id = ?
			AND NOT EXISTS (SELECT 1 FROM officials WHERE person_id = ?)
			AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_person_id = ?)
			AND NOT EXISTS (SELECT 1 FROM person_links WHERE person_id = ?)`, id, id, id, id)
		if err != nil {
			return err
		}
		if n, err := r.RowsAffected(); err != nil || n > 0 {
			tx.personDeleted(n)
		}
	}
	return nil
}

// reconsider decides again the mentions, in other articles, of names that
// could be part of a person's name: called when that person first appears.
func reconsider(ctx context.Context, tx *wtx, p person, except int64) error {
	if err := tx.flushLinks(ctx); err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, "SELECT name FROM surname_names WHERE surname_key = ?", p.parts.surname)
	if err != nil {
		return err
	}
	var partial []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			rows.Close()
			return err
		}
		if parseName(name).partOf(p.parts) {
			partial = append(partial, name)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, name := range partial {
		ms, err := linkedMentions(ctx, tx, p.parts.surname, name, except)
		if err != nil {
			return err
		}
		for _, m := range ms {
			if err := mentionRole(ctx, tx, &m); err != nil {
				return err
			}
			d, err := decide(ctx, tx, m)
			if err != nil {
				return err
			}
			if _, err := linkMention(ctx, tx, m, d, true); err != nil {
				return err
			}
		}
	}
	return nil
}

func linkedMentions(ctx context.Context, tx *wtx, surname, name string, except int64) ([]mention, error) {
	if err := tx.flushLinks(ctx); err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, "SELECT article_id, person_id, link = 'name' FROM person_links WHERE surname_key = ? AND name = ? AND article_id <> ?",
		surname, name, except)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []mention
	for rows.Next() {
		m := mention{name: name}
		if err := rows.Scan(&m.articleID, &m.personID, &m.own); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}
