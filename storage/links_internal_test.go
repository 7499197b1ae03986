package storage

import (
	"context"
	"slices"
	"testing"

	"github.com/newsdesk/newsdesk/extract"
)

// speakerOf is the name of the person the quotes of an article point to.
func speakerOf(t *testing.T, db *DB, article int64) string {
	t.Helper()
	return queryStr(t, db, `SELECT p.name FROM quotes q JOIN people p ON p.id = q.speaker_person_id WHERE q.article_id = ?`, article)
}

func TestLinkSurnameToFullName(t *testing.T) {
	db := openCross(t)
	// named in part before the full name is known: left apart, then linked
	early := saveAt(t, db, "https://a.invalid/1", day(15), "", said("The talks are going well and we expect a deal", "Abdelatty", "foreign minister", "EG"))
	if got := speakerOf(t, db, early); got != "Abdelatty" {
		t.Fatalf("before the full name: %q", got)
	}
	full := saveAt(t, db, "https://b.invalid/2", day(16), "", said("We reject any displacement", "Badr Abdelatty", "Foreign Minister", "EG"))
	titled := &extract.Result{
		Officials: []extract.Official{{Name: "B. Abdelatty", Title: "minister", Country: "EG", Also: []string{"Mr Abdelatty"}, Rule: "test"}},
		Quotes:    []extract.Quote{{Text: "Egypt will host the next round", Speaker: "B. Abdelatty", SpeakerKind: extract.SpeakerPerson, Rule: "test"}},
	}
	late := saveAt(t, db, "https://c.invalid/3", day(17), "", titled)
	checkCross(t, db)
	for _, a := range []int64{early, full, late} {
		if got := speakerOf(t, db, a); got != "Badr Abdelatty" {
			t.Errorf("article %d: speaker %q, want Badr Abdelatty", a, got)
		}
	}
	if got := queryList(t, db, "SELECT link FROM person_links ORDER BY article_id"); !slices.Equal(got, []string{"surname", "name", "initials"}) {
		t.Errorf("links %q", got)
	}
	aliases := queryList(t, db, "SELECT alias || ':' || articles FROM aliases a JOIN people p ON p.id = a.person_id WHERE p.name = 'Badr Abdelatty' ORDER BY alias")
	if want := []string{"Abdelatty:1", "B. Abdelatty:1", "Badr Abdelatty:1", "Mr Abdelatty:1"}; !slices.Equal(aliases, want) {
		t.Errorf("aliases %q, want %q", aliases, want)
	}
	if n := queryInt(t, db, "SELECT COUNT(*) FROM people"); n != 1 {
		t.Errorf("%d people, want 1", n)
	}
}

// Two people of one surname: a mention without a role stays apart, one
// with a role goes to whoever held it, and a link made when only one was
// known is undone when the second appears.
func TestLinkAmbiguousSurnames(t *testing.T) {
	db := openCross(t)
	saveAt(t, db, "https://a.invalid/1", day(15), "", said("Norway stands ready to host the talks", "John Smith", "Foreign Minister", "NO"))
	bare := saveAt(t, db, "https://b.invalid/2", day(16), "", said("We were surprised by the result", "Smith", "", ""))
	if got := speakerOf(t, db, bare); got != "John Smith" {
		t.Fatalf("with one Smith known: %q", got)
	}
	saveAt(t, db, "https://c.invalid/3", day(17), "", said("The players gave everything tonight", "Jane Smith", "coach", ""))
	checkCross(t, db)
	if got := speakerOf(t, db, bare); got != "Smith" {
		t.Errorf("with two Smiths known, the bare surname went to %q", got)
	}
	if got := queryStr(t, db, "SELECT reason FROM person_links WHERE article_id = ?", bare); got != "ambiguous: John Smith; Jane Smith" {
		t.Errorf("reason %q", got)
	}
	role := saveAt(t, db, "https://d.invalid/4", day(18), "", said("Oslo will host the next round of talks", "Smith", "Foreign Minister", "NO"))
	other := saveAt(t, db, "https://e.invalid/5", day(18), "", said("Sweden will send observers to the talks", "Smith", "trade minister", "SE"))
	checkCross(t, db)
	if got := speakerOf(t, db, role); got != "John Smith" {
		t.Errorf("the foreign minister went to %q", got)
	}
	if got := speakerOf(t, db, other); got != "Smith" {
		t.Errorf("another state's minister went to %q", got)
	}
}

// Replacing an article's records (an update, reextract) takes its links,
// aliases and clusters with them.
func TestLinksFollowReplacedRecords(t *testing.T) {
	ctx := context.Background()
	db := openCross(t)
	saveAt(t, db, "https://a.invalid/1", day(15), "v1", said(rebuild, "Julio Cárdenas", "President", "PE"))
	saveAt(t, db, "https://b.invalid/2", day(16), "", said(rebuild, "Cárdenas", "", ""))
	if _, err := db.SaveArticle(ctx, Article{URL: "https://a.invalid/1", Body: "v2"}, said("Another thing entirely, said on another day", "Rosa Quispe", "", "")); err != nil {
		t.Fatal(err)
	}
	checkCross(t, db)
	// the link stays: Julio Cárdenas is still whom the other article names
	if got := queryList(t, db, "SELECT name FROM people ORDER BY name"); !slices.Equal(got, []string{"Julio Cárdenas", "Rosa Quispe"}) {
		t.Errorf("people %q", got)
	}
	if n := queryInt(t, db, "SELECT COUNT(*) FROM quote_clusters"); n != 2 {
		t.Errorf("%d clusters, want 2", n)
	}
}
