package extract

import (
	"strings"
	"testing"
)

// The quote and speaker rules, one table keyed by rule name. Every rule has
// at least one positive row (the rule must fire: the quote is found with
// that speaker) and one negative row (a sentence of a similar shape where
// it must not). The sentences are written for these tests.

type quoteRuleRow struct {
	rule string // the rule the row pins
	pos  bool   // a positive row: the quote must be found with speaker
	text string
	// quote is a fragment of the quote's text that picks the quote out.
	quote string
	// speaker is the wanted speaker of a positive row; in a negative row,
	// a speaker the quote must not get, or "" when no quote may hold the
	// fragment at all.
	speaker string
	// outRule, when set, is the wanted Quote.Rule of a positive row.
	outRule string
}

var quoteRuleRows = []quoteRuleRow{
	{rule: "doubled-single-marks", pos: true,
		text:  "Turnout fell, and ''nobody here is surprised,'' said Ada Brennan, a pollster.",
		quote: "nobody here is surprised", speaker: "Ada Brennan", outRule: ruleCueAfter},
	{rule: "doubled-single-marks", pos: true,
		text:  "“The vote was lost,’’ Piet Claes told reporters.",
		quote: "The vote was lost", speaker: "Piet Claes", outRule: ruleCueAfter},
	{rule: "doubled-single-marks", pos: false,
		text:  "The farmers' union and the teachers' union met, Piet Claes said.",
		quote: "union", speaker: ""},
}

func TestQuoteRules(t *testing.T) {
	ex := newTestExtractor(t)
	pos, neg := map[string]bool{}, map[string]bool{}
	for _, r := range quoteRuleRows {
		if r.pos {
			pos[r.rule] = true
		} else {
			neg[r.rule] = true
		}
		res := ex.Extract(r.text)
		var found []Quote
		for _, q := range res.Quotes {
			if strings.Contains(q.Text, r.quote) {
				found = append(found, q)
			}
		}
		switch {
		case r.pos && len(found) == 0:
			t.Errorf("%s: no quote holding %q in %q; got %+v", r.rule, r.quote, r.text, res.Quotes)
		case r.pos && found[0].Speaker != r.speaker:
			t.Errorf("%s: quote %q: speaker %q, want %q", r.rule, found[0].Text, found[0].Speaker, r.speaker)
		case r.pos && r.outRule != "" && found[0].Rule != r.outRule:
			t.Errorf("%s: quote %q: rule %q, want %q", r.rule, found[0].Text, found[0].Rule, r.outRule)
		case !r.pos && r.speaker == "" && len(found) > 0:
			t.Errorf("%s: unwanted quote %q (speaker %q) in %q", r.rule, found[0].Text, found[0].Speaker, r.text)
		case !r.pos && len(found) > 0 && found[0].Speaker == r.speaker:
			t.Errorf("%s: quote %q got the speaker %q it must not", r.rule, found[0].Text, r.speaker)
		}
	}
	for rule := range pos {
		if !neg[rule] {
			t.Errorf("rule %s has no negative row", rule)
		}
	}
	for rule := range neg {
		if !pos[rule] {
			t.Errorf("rule %s has no positive row", rule)
		}
	}
}
