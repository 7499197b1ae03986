package extract

import (
	"slices"
	"testing"
)

// fx36DeathRows hold the death shapes fixed after the blind round r33a
// (fx36, session 33), written anew: each text with the exact set of
// counts it must give.
var fx36DeathRows = []struct {
	rule, text string
	want       []int64
}{
	// parts listed in an aside after the counted victims
	{"apposed-parts", "Five people, a nurse and four patients, died when the clinic roof collapsed.", []int64{5, 4}},
	{"apposed-parts", "Six soldiers, two officers and four conscripts, were killed in the ambush.", []int64{6, 2, 4}},
	{"apposed-parts", "Five people, a nurse and four patients, were injured when the clinic roof collapsed.", nil},
	{"apposed-parts", "Five people, two of them children, died when the roof collapsed.", []int64{5, 2}},
	// one death after a toll that rose to a figure is inside it
	{"toll-rose-before", "The toll from the bus crash rose to 31 after a passenger died in hospital on Monday.", []int64{31}},
	{"toll-rose-before", "The toll rose to 12 when a fisherman who had been missing since the storm was found dead.", []int64{12}},
	{"toll-rose-before", "Rescuers searched the river after a passenger died in the crash.", []int64{1}},
	// a definite victim of "who died" that a main clause goes on about
	{"definite-dead-subject", "The miner who died, a 52-year-old father of three, had worked at the pit for decades.", nil},
	{"definite-dead-subject", "A miner who was trapped by the rockfall died in hospital on Tuesday.", []int64{1}},
	// "another" victim is one more of a count the article states
	{"another-victim", "The fires killed another firefighter on Sunday, bringing to five the number of people killed this month.", []int64{5}},
	{"another-victim", "The fires killed a firefighter on Sunday.", []int64{1}},
}

func TestFx36DeathRows(t *testing.T) {
	ex := newTestExtractor(t)
	for _, r := range fx36DeathRows {
		var got []int64
		for _, d := range ex.Extract(r.text).Deaths {
			got = append(got, d.Count)
		}
		slices.Sort(got)
		want := slices.Clone(r.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: %q: want %v, got %v", r.rule, r.text, want, got)
		}
	}
}
