package extract

import (
	"strings"
	"testing"
)

// fx9oQuoteRuleRows hold the speaker shapes fixed after the blind rounds
// r28a and r28b (fx9o, session 28), kept apart from quoteRuleRows so that
// parallel work merges cleanly; TestFx9oQuoteRules reads them as
// TestQuoteRules reads its table.
var fx9oQuoteRuleRows = []quoteRuleRow{
	// "the minister" is the portfolio's secretary in focus when no one is
	// named a minister; a press secretary is no minister
	{rule: "minister-as-secretary", pos: true,
		text:  "Energy Secretary Lucía Ferrer Ortiz closed two wells on Monday. Ferrer Ortiz said she shared the anger. Speaking in the capital, the minister said: \"Every well will be inspected before it opens again.\"",
		quote: "Every well will be inspected", speaker: "Lucía Ferrer Ortiz"},
	{rule: "minister-as-secretary", pos: false,
		text:  "Press Secretary Lucía Ferrer Ortiz spoke first. Ferrer Ortiz said she shared the anger. Later, the minister said: \"Every well will be inspected before it opens again.\"",
		quote: "Every well will be inspected", speaker: "Lucía Ferrer Ortiz"},
}

func TestFx9oQuoteRules(t *testing.T) {
	ex := newTestExtractor(t)
	for _, r := range fx9oQuoteRuleRows {
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
