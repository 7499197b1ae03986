package extract

import (
	"sort"
	"testing"
)

// fx99DeathRules hold the rows of the death shapes fixed by fx99
// (session 41), kept apart from the main tables so that parallel work
// merges cleanly.
var fx99DeathRules = []figureRule{
	// the active "killed a X and N Y" is the sum and the numbered part,
	// as the passive "a X and N Y were killed" is (joinedParts)
	{"",
		[]figureCase{{text: "The strike killed a Red Cross driver and two aid workers on Tuesday.", count: 3},
			{text: "The strike killed a Red Cross driver and two aid workers on Tuesday.", count: 2},
			{text: "A rocket hit the depot, killing a guard and four porters.", count: 4},
			{text: "Gunmen shot dead a teacher and three pupils outside the school.", count: 3}},
		[]string{"The flood killed a goat and two cows.",
			"The strike hit a Red Cross truck and two aid convoys on Tuesday."}},
	// a toll that "rose from N" with no "to" after, a toll told in the
	// sentence before (tollPronoun)
	{"",
		[]figureCase{{text: "The death toll from the floods reached 41 on Tuesday. The figure rose from 29 announced on Sunday.", count: 29},
			{text: "The death toll from the quake climbed to 88. It had risen from 60 a day earlier.", count: 60}},
		[]string{"Exports reached 41 billion on Tuesday. The figure rose from 29 announced on Sunday.",
			"The floods hit the north on Tuesday. The figure rose from 29 announced on Sunday."}},
	// "N soldiers had fallen" opening a paragraph (fellInBattle)
	{"",
		[]figureCase{{text: "The army lost heavily in the north.\n\nFifteen soldiers had fallen, the ministry said.", count: 15},
			{text: "Fighting went on for a week.\n\n12 marines fell in combat near the river, the navy said.", count: 12}},
		[]string{"The army marched north.\n\nFifteen soldiers had fallen ill, the ministry said.",
			"The army marched north.\n\nFifteen soldiers had fallen behind the column."}},
	// "Of them," after a sentence whose last figure is of the dead, as
	// "Of the dead," (ofDeadFronted)
	{"",
		[]figureCase{{text: "Eight people were killed in the raid on the prison. Of them, at least two were believed to be guards.", count: 2},
			{text: "Twelve miners died in the collapse. Of these, three were foreigners.", count: 3}},
		[]string{"Eight people were arrested in the raid on the prison. Of them, at least two were believed to be guards.",
			"The bus carried 40 passengers. Of them, 12 were children."}},
	// a name with a lower-case particle in apposition to one victim
	// (unknownNameAside)
	{"",
		[]figureCase{{text: "One Dutch peacekeeper, Private Raviv van Renssen, was killed in the shelling.", count: 1},
			{text: "One Belgian soldier, Corporal Pieter van der Berg, was killed in the ambush.", count: 1}},
		[]string{"One Dutch peacekeeper, Private Raviv van Renssen, was wounded in the shelling."}},
}

func TestFigureRulesFx99Deaths(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx99DeathRules, "deaths")
}

// TestFx99DeathCounts checks the whole set of counts where a figure is
// right but another must not come: the wounded are no part of the dead,
// a family after "a" is the sum alone, and the sum of "The blast killed
// 12 people and wounded 40. Of them, ..." has no part from "them" (the
// wounded).
func TestFx99DeathCounts(t *testing.T) {
	ex := newTestExtractor(t)
	for _, c := range []struct {
		text string
		want []int64
	}{
		{"The gunman killed a doctor and wounded two nurses.", []int64{1}},
		{"The attacker killed a woman and her two sons.", []int64{3}},
		{"Shelling killed an Indian soldier and two civilians on the Pakistani side.", []int64{1, 2}},
		{"The blast killed 12 people and wounded 40. Of them, five were children.", []int64{12}},
		{"Twelve miners died in the collapse. Of them, three were injured in a fall.", []int64{12}},
	} {
		var got []int64
		for _, d := range ex.Extract(c.text).Deaths {
			got = append(got, d.Count)
		}
		sort.Slice(got, func(i, j int) bool { return got[i] < got[j] })
		if len(got) != len(c.want) {
			t.Errorf("%q: want %v, got %v", c.text, c.want, got)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: want %v, got %v", c.text, c.want, got)
				break
			}
		}
	}
}
