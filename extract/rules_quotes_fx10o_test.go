package extract

import (
	"strings"
	"testing"
)

// fx10oQuoteRuleRows hold the speaker shapes fixed after the blind round
// r28c (fx10o, session 28), kept apart from quoteRuleRows so that parallel
// work merges cleanly; TestFx10oQuoteRules reads them as TestQuoteRules
// reads its table.
var fx10oQuoteRuleRows = []quoteRuleRow{
	// "the council said" finds a body whose name runs on past a plural's
	// apostrophe; a lower-case owner names no body
	{rule: "body-noun-plural-possessive", pos: true,
		text:  "Tallies came from the Regional Harbour Masters' Council on Monday. The council said in a statement: \"Every berth was full by noon on the second day.\"",
		quote: "Every berth was full", speaker: "Regional Harbour Masters' Council"},
	{rule: "body-noun-plural-possessive", pos: false,
		text:  "Tallies came from the harbour masters' council on Monday. The council said in a statement: \"Every berth was full by noon on the second day.\"",
		quote: "Every berth was full", speaker: "Regional Harbour Masters' Council"},
}

func TestFx10oQuoteRules(t *testing.T) {
	ex := newTestExtractor(t)
	for _, r := range fx10oQuoteRuleRows {
		var found []Quote
		for _, q := range ex.Extract(r.text).Quotes {
			if strings.Contains(q.Text, r.quote) {
				found = append(found, q)
			}
		}
		switch {
		case r.pos && len(found) == 0:
			t.Errorf("%s: no quote holding %q in %q", r.rule, r.quote, r.text)
		case r.pos && found[0].Speaker != r.speaker:
			t.Errorf("%s: quote %q: speaker %q, want %q", r.rule, found[0].Text, found[0].Speaker, r.speaker)
		case !r.pos && len(found) > 0 && found[0].Speaker == r.speaker:
			t.Errorf("%s: quote %q got the speaker %q it must not", r.rule, found[0].Text, r.speaker)
		}
	}
}
