package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestFigureGatesSound checks the gates of the figures pass
// (troops_unitgate.go, deaths_near.go), which turn numbers away from rules
// that could find no figure at them: over the figure rows, the passages
// and the held-out articles, the troops and deaths passes find the same
// figures with the gates as without them (analysis.ungated). A rule that
// reads a word its gate does not count (a noun troopUnit takes that
// bare-unit lacks, a new kind of death word) fails here, with the text
// that shows it.
func TestFigureGatesSound(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	troops, deaths := 0, 0
	for _, text := range gateTexts(t) {
		before := figuresAnalysis(lx, text)
		gated, ungated := *before, *before
		ungated.ungated = true
		gt, ut := gated.troops(), ungated.troops()
		gd, ud := gated.deaths(), ungated.deaths()
		if !reflect.DeepEqual(gt, ut) {
			t.Errorf("troops with the noun gate %+v, without %+v: %q", gt, ut, text)
		}
		if !reflect.DeepEqual(gd, ud) {
			t.Errorf("deaths with the gates %+v, without %+v: %q", gd, ud, text)
		}
		troops, deaths = troops+len(ut), deaths+len(ud)
	}
	if troops < 2000 || deaths < 2000 {
		t.Errorf("only %d troop figures and %d death figures checked", troops, deaths)
	}
}

// gateTexts are the texts the gates are checked over.
func gateTexts(t *testing.T) []string {
	t.Helper()
	var texts []string
	for _, table := range [][]figureRule{deathRules, troopRules} {
		for _, r := range table {
			for _, c := range r.pos {
				texts = append(texts, c.text)
			}
			texts = append(texts, r.neg...)
		}
	}
	for _, f := range []string{"deaths.tsv", "troops.tsv"} {
		for _, p := range readPassages(t, f) {
			texts = append(texts, p.text)
		}
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "heldout", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// figuresAnalysis runs the passes before the figures pass over text and
// returns the analysis the figures pass starts from, as Extract does.
func figuresAnalysis(lx *lexicon, text string) *analysis {
	d := newDoc(text)
	a := new(analysis)
	pb := findPlacesAndBodies(a, lx, d)
	pr := findPeopleAndRoles(a, lx, d, pb, nil)
	*a = analysis{lx: lx, d: d, placesAndBodies: pb, peopleAndRoles: pr}
	qs, _ := findQuotes(a, lx, d, pb, pr, nil)
	*a = analysis{lx: lx, d: d, placesAndBodies: pb, peopleAndRoles: pr, quotesAndSpeakers: qs}
	return a
}
