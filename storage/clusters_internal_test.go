package storage

import (
	"context"
	"slices"
	"testing"

	"github.com/newsdesk/newsdesk/extract"
)

const rebuild = "We will rebuild every school and every clinic in the three provinces before the rains come"

func TestQuoteClustersAcrossArticles(t *testing.T) {
	db := openCross(t)
	saveAt(t, db, "https://wire.invalid/1", day(17), "", said(rebuild, "Julio Cárdenas", "President", "PE"))
	// truncated, straight marks, the speaker by surname only
	saveAt(t, db, "https://courier.invalid/2", day(16), "", said("we will rebuild every school and every clinic", "Cárdenas", "President", "PE"))
	// an ellipsis, the speaker left unresolved
	saveAt(t, db, "https://ledger.invalid/3", day(18), "", said("We will rebuild every school … before the rains come.", "a spokesman", "", ""))
	// the same words from someone else are another quote
	saveAt(t, db, "https://post.invalid/4", day(18), "", said("We will rebuild every school and every clinic", "Rosa Quispe", "", ""))
	// short phrases: the same only from the same named speaker
	saveAt(t, db, "https://post.invalid/5", day(19), "", said("It is a tragedy", "Rosa Quispe", "", ""))
	saveAt(t, db, "https://wire.invalid/6", day(19), "", said("It is a tragedy!", "Rosa Quispe", "", ""))
	saveAt(t, db, "https://ledger.invalid/7", day(19), "", said("It is a tragedy", "a witness", "", ""))
	checkCross(t, db)
	if n := queryInt(t, db, "SELECT COUNT(*) FROM quote_clusters"); n != 4 {
		t.Errorf("%d clusters, want 4", n)
	}
	var text, speaker, first string
	var sources, outlets int
	err := db.sql.QueryRow("SELECT text, speaker, first_seen, sources, outlets FROM v_quote_clusters WHERE sources = 3").
		Scan(&text, &speaker, &first, &sources, &outlets)
	if err != nil || text != rebuild || speaker != "Julio Cárdenas" || first != "2026-11-16T09:00:00Z" || outlets != 3 {
		t.Errorf("the repeated quote: %q by %q first %s, %d sources, %d outlets (%v)", text, speaker, first, sources, outlets, err)
	}
	if got := queryList(t, db, "SELECT speaker FROM v_quote_clusters WHERE text = 'It is a tragedy' ORDER BY sources DESC"); !slices.Equal(got, []string{"Rosa Quispe", ""}) {
		t.Errorf("short phrase clusters by speaker: %q", got)
	}
}

// A longer form that contains two partial quotes makes them one cluster;
// when it goes, they part again.
func TestQuoteClustersMergeAndSplit(t *testing.T) {
	ctx := context.Background()
	db := openCross(t)
	saveAt(t, db, "https://a.invalid/1", day(16), "", said("We will rebuild every school and every clinic in the", "Julio Cárdenas", "", ""))
	saveAt(t, db, "https://b.invalid/2", day(16), "", said("clinic in the three provinces before the rains come", "Julio Cárdenas", "", ""))
	if n := queryInt(t, db, "SELECT COUNT(*) FROM quote_clusters"); n != 2 {
		t.Fatalf("%d clusters before the full quote, want 2", n)
	}
	full := saveAt(t, db, "https://c.invalid/3", day(17), "full text v1", said(rebuild, "Julio Cárdenas", "", ""))
	checkCross(t, db)
	if n := queryInt(t, db, "SELECT COUNT(*) FROM quote_clusters"); n != 1 {
		t.Errorf("%d clusters with the full quote, want 1", n)
	}
	// the full quote's article changes and loses it
	if _, err := db.SaveArticle(ctx, Article{URL: "https://c.invalid/3", Body: "full text v2"}, &extract.Result{}); err != nil {
		t.Fatal(err)
	}
	checkCross(t, db)
	if n := queryInt(t, db, "SELECT COUNT(*) FROM quote_clusters"); n != 2 {
		t.Errorf("%d clusters after the full quote went, want 2", n)
	}
	if n := queryInt(t, db, "SELECT COUNT(*) FROM quotes WHERE article_id = ?", full); n != 0 {
		t.Errorf("article %d kept %d quotes", full, n)
	}
}

// Two speakers never share a cluster; an unresolved one joins either, but
// never makes the two one.
func TestQuoteClustersKeepSpeakersApart(t *testing.T) {
	db := openCross(t)
	saveAt(t, db, "https://a.invalid/1", day(16), "", said(rebuild, "Julio Cárdenas", "", ""))
	saveAt(t, db, "https://b.invalid/2", day(16), "", said(rebuild, "Rosa Quispe", "", ""))
	saveAt(t, db, "https://c.invalid/3", day(17), "", said(rebuild, "officials", "", ""))
	saveAt(t, db, "https://d.invalid/4", day(17), "", said(rebuild, "Hamas", "", ""))
	checkCross(t, db)
	if n := queryInt(t, db, "SELECT COUNT(*) FROM quote_clusters"); n != 3 {
		t.Errorf("%d clusters, want 3 (two people and a body)", n)
	}
}

// Reextract replaces records article by article; clusters, links and
// aliases stay as if built afresh, and a second run changes nothing.
func TestReextractKeepsCrossArticleRight(t *testing.T) {
	ctx := context.Background()
	db := openCross(t)
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	bodies := []string{
		"LIMA — President Julio Cárdenas visited Arequipa on Wednesday. \"We will rebuild every school and every clinic in the three provinces,\" Cárdenas said.",
		"AREQUIPA — \"We will rebuild every school and every clinic,\" President Cárdenas told reporters on Thursday.",
		"CUSCO — A spokesman for the government said: \"We will rebuild every school … in the three provinces.\"",
		"OSLO — Norwegian Foreign Minister Ingrid Solberg said the talks would resume. \"Nobody left the room,\" Solberg said.",
	}
	for i, b := range bodies {
		saveAt(t, db, "https://outlet"+string(rune('a'+i))+".invalid/story", day(16+i), b, ex.Extract(b))
	}
	checkCross(t, db)
	if n := queryInt(t, db, "SELECT MAX(sources) FROM quote_clusters"); n != 3 {
		t.Errorf("the repeated quote has %d sources, want 3", n)
	}
	// older rules that found only the first quote of each article, by a body
	older := func(body string) *extract.Result {
		res := ex.Extract(body)
		for i := range res.Quotes {
			res.Quotes[i].Speaker, res.Quotes[i].SpeakerKind = "officials", extract.SpeakerBody
		}
		res.Officials = nil
		return res
	}
	if _, err := db.Reextract(ctx, older); err != nil {
		t.Fatal(err)
	}
	checkCross(t, db)
	if _, err := db.Reextract(ctx, ex.Extract); err != nil {
		t.Fatal(err)
	}
	checkCross(t, db)
	if n := queryInt(t, db, "SELECT MAX(sources) FROM quote_clusters"); n != 3 {
		t.Errorf("after reextract the repeated quote has %d sources, want 3", n)
	}
	if got := queryStr(t, db, "SELECT speaker FROM v_quote_clusters ORDER BY sources DESC LIMIT 1"); got != "Julio Cárdenas" {
		t.Errorf("after reextract the repeated quote is by %q", got)
	}
}
