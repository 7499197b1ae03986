package extract

import "testing"

// fx67DeathRules hold the rows of the fx67 (r37b) death fixes.
var fx67DeathRules = []figureRule{
	// an earlier figure revised, dated "early" (earlierWords)
	{"revising-early-figure",
		[]figureCase{{text: "At least 38 people died when Viv Ansanm gunmen stormed Cabaret overnight, the civil protection agency said, revising an early figure of 25.", count: 25},
			{text: "The floods have killed 63 people, up from an early estimate of 48.", count: 48}},
		[]string{"The agency revised an early forecast of 25 centimetres of rain.",
			"Children there are taught from an early age to swim."}},
	// a passive toll raised or revised "from N": the figure it stood at
	{"toll-was-raised-from",
		[]figureCase{{text: "Nine soldiers were killed. The toll was raised from seven in the afternoon, when two wounded soldiers died.", count: 7},
			{text: "Nine soldiers were killed. The toll was revised from seven on Friday.", count: 7}},
		[]string{"The bridge toll was raised from seven dollars.",
			"The fee was raised from seven to nine dollars."}},
}

func TestDeathRulesFx67(t *testing.T) {
	checkFigureRows(t, newTestExtractor(t), fx67DeathRules, "deaths")
}

// TestTollRaisedAfterOneDeathFx67 checks that one victim told after
// "after" inside a toll raised to a number is part of it, not a figure of
// its own, where the verb's object is a toll; and that a raise of another
// thing leaves the single death standing (tollRoseBefore).
func TestTollRaisedAfterOneDeathFx67(t *testing.T) {
	ex := newTestExtractor(t)
	cases := []struct {
		text    string
		want    []int64
		without int64
	}{
		{"The ombudsman's office raised the number of protesters killed in Lima to two after a street vendor died in hospital.", []int64{2}, 1},
		{"The ombudsman's office raised the toll to two after a street vendor died in hospital.", []int64{2}, 1},
		{"The ministry raised the fee to 12 dollars after a street vendor died in hospital.", []int64{1}, 12},
	}
	for _, c := range cases {
		got := map[int64]bool{}
		for _, d := range ex.Extract(c.text).Deaths {
			got[d.Count] = true
		}
		for _, w := range c.want {
			if !got[w] {
				t.Errorf("%q: want %d, got %v", c.text, w, got)
			}
		}
		if got[c.without] {
			t.Errorf("%q: want no %d, got %v", c.text, c.without, got)
		}
	}
}
